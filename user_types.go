package okta

// UserTypesService manages user types. Reach it as client.UserTypes.
type UserTypesService service
