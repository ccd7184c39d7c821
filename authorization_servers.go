package okta

// AuthorizationServersService manages custom authorization servers and their policies, rules, scopes, claims, keys and clients. Reach it as client.AuthorizationServers.
type AuthorizationServersService service
