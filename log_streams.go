package okta

// LogStreamsService manages log streams. Reach it as client.LogStreams.
type LogStreamsService service
