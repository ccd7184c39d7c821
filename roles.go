package okta

// RolesService manages custom roles and their permissions. Reach it as client.Roles.
type RolesService service
