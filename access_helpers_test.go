package okta

import (
	"path/filepath"
	"testing"
)

// The tests of the identity and access services (IdentityProviders, Authenticators, PushProviders, Behaviors,
// Roles, RoleAssignments, RoleTargets) share these helpers; each service lists its calls as apiCalls (helpers_test.go).

// accessIDs are the path IDs the calls pass, in order: each has a character that must be escaped, so every
// request test also checks that path parameters are. Okta must see them as id%2F1, id%202, id%3F3, id%234.
var accessIDs = []string{"id/1", "id 2", "id?3", "id#4"}

// accessFixtureNamed returns testdata/dir/op/name.json.
func accessFixtureNamed(t *testing.T, dir, op, name string) []byte {
	t.Helper()
	return fixture(t, filepath.Join(dir, op, name+".json"))
}
