package okta

import (
	"os"
	"path/filepath"
	"testing"
)

// appsRecorded maps each operation with recorded 2xx payloads in testdata/apps/<operationId>/ to an assertion
// that decodes one into the method's return type and encodes it back unchanged.
var appsRecorded = map[string]func(t *testing.T, raw []byte){
	"listApplications":                               func(t *testing.T, raw []byte) { assertRoundTrip[[]Application](t, raw) },
	"createApplication":                              func(t *testing.T, raw []byte) { assertRoundTrip[Application](t, raw) },
	"getApplication":                                 func(t *testing.T, raw []byte) { assertRoundTrip[Application](t, raw) },
	"replaceApplication":                             func(t *testing.T, raw []byte) { assertRoundTrip[Application](t, raw) },
	"listApplicationUsers":                           func(t *testing.T, raw []byte) { assertRoundTrip[[]AppUser](t, raw) },
	"assignUserToApplication":                        func(t *testing.T, raw []byte) { assertRoundTrip[*AppUser](t, raw) },
	"getApplicationUser":                             func(t *testing.T, raw []byte) { assertRoundTrip[*AppUser](t, raw) },
	"updateApplicationUser":                          func(t *testing.T, raw []byte) { assertRoundTrip[*AppUser](t, raw) },
	"listApplicationGroupAssignments":                func(t *testing.T, raw []byte) { assertRoundTrip[[]ApplicationGroupAssignment](t, raw) },
	"assignGroupToApplication":                       func(t *testing.T, raw []byte) { assertRoundTrip[*ApplicationGroupAssignment](t, raw) },
	"getApplicationGroupAssignment":                  func(t *testing.T, raw []byte) { assertRoundTrip[*ApplicationGroupAssignment](t, raw) },
	"generateApplicationKey":                         func(t *testing.T, raw []byte) { assertRoundTrip[*JsonWebKey](t, raw) },
	"listApplicationKeys":                            func(t *testing.T, raw []byte) { assertRoundTrip[[]JsonWebKey](t, raw) },
	"getApplicationKey":                              func(t *testing.T, raw []byte) { assertRoundTrip[*JsonWebKey](t, raw) },
	"cloneApplicationKey":                            func(t *testing.T, raw []byte) { assertRoundTrip[*JsonWebKey](t, raw) },
	"generateCsrForApplication":                      func(t *testing.T, raw []byte) { assertRoundTrip[*Csr](t, raw) },
	"listCsrsForApplication":                         func(t *testing.T, raw []byte) { assertRoundTrip[[]Csr](t, raw) },
	"getCsrForApplication":                           func(t *testing.T, raw []byte) { assertRoundTrip[*Csr](t, raw) },
	"listScopeConsentGrants":                         func(t *testing.T, raw []byte) { assertRoundTrip[[]OAuth2ScopeConsentGrant](t, raw) },
	"grantConsentToScope":                            func(t *testing.T, raw []byte) { assertRoundTrip[*OAuth2ScopeConsentGrant](t, raw) },
	"getScopeConsentGrant":                           func(t *testing.T, raw []byte) { assertRoundTrip[*OAuth2ScopeConsentGrant](t, raw) },
	"listOAuth2TokensForApplication":                 func(t *testing.T, raw []byte) { assertRoundTrip[[]OAuth2Token](t, raw) },
	"getDefaultProvisioningConnectionForApplication": func(t *testing.T, raw []byte) { assertRoundTrip[*ProvisioningConnection](t, raw) },
}

// TestAppsRecordedPayloads decodes every 2xx body recorded for the Apps operations into the type the method
// returns and checks that encoding it gives back the same JSON value.
func TestAppsRecordedPayloads(t *testing.T) {
	t.Parallel()
	dirs, err := os.ReadDir(filepath.Join("testdata", "apps"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, d := range dirs {
		if !d.IsDir() || d.Name() == "errors" {
			continue
		}
		check, ok := appsRecorded[d.Name()]
		if !ok {
			t.Errorf("testdata/apps/%s: no return type for this operation", d.Name())
			continue
		}
		files, err := filepath.Glob(filepath.Join("testdata", "apps", d.Name(), "*.json"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			n++
			t.Run(d.Name()+"/"+filepath.Base(f), func(t *testing.T) {
				t.Parallel()
				raw, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				check(t, raw)
			})
		}
	}
	if n == 0 {
		t.Fatal("no recorded payloads")
	}
}
