package okta

// ResourceSetsService manages resource sets and their bindings. Reach it as client.ResourceSets.
type ResourceSetsService service
