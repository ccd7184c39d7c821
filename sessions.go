package okta

// SessionsService manages user sessions. Reach it as client.Sessions.
type SessionsService service
