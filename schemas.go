package okta

// SchemasService manages user, group and app user profile schemas. Reach it as client.Schemas.
type SchemasService service
