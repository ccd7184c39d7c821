package okta

// TEMP: replaced by groups.go at merge. The groups service owns Group; this minimal stand-in only lets
// UsersService.ListGroups compile on its own branch. Delete this file (and regenerate zz_json.go) at merge.

// Group is a group of users.
type Group struct {
	ID    string `json:"id,omitzero"`
	Extra Extra  `json:"-"`
}
