package okta

// GroupsService manages groups, their members and owners, and group rules. Reach it as client.Groups.
type GroupsService service
