package okta

// PoliciesService manages policies and their rules. Reach it as client.Policies.
type PoliciesService service
