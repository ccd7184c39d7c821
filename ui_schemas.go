package okta

// UISchemasService manages UI schemas. Reach it as client.UISchemas.
type UISchemasService service
