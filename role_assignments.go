package okta

// RoleAssignmentsService assigns admin roles to users and groups. Reach it as client.RoleAssignments.
type RoleAssignmentsService service
