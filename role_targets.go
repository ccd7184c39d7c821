package okta

// RoleTargetsService manages the targets (apps, groups) of admin role assignments. Reach it as client.RoleTargets.
type RoleTargetsService service
