package okta

// EmailServersService manages custom SMTP email servers. Reach it as client.EmailServers.
type EmailServersService service
