package okta

import (
	"context"
	"net/http"
	"path/filepath"
	"slices"
	"strings"
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

// accessPages is a paginated list to walk: the path and the two pages of items the fake Okta answers with.
type accessPages struct {
	name          string
	ids           int
	path          string // the escaped path
	first, second string // JSON arrays, or envelope objects without their _links
	// envelope names the envelope's items member ("roles", "value") when the list is wrapped in an object
	// whose _links.next links the next page; "" for an array with a Link header.
	envelope string
	// walk walks the whole list with limit 2 (where the operation takes a limit) and returns how many items it
	// saw.
	walk func(ctx context.Context, c *Client, ids []string) (int, error)
}

// runAccessIterators walks each list over two pages and checks that the iterator follows the next link,
// keeps the options and sees every item.
func runAccessIterators(t *testing.T, cases []accessPages) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			client, mux := setup(t)
			path := tc.path
			requests := 0
			serveAPI(mux, func(w http.ResponseWriter, r *http.Request) {
				requests++
				testMethod(t, r, http.MethodGet)
				if got := r.URL.EscapedPath(); got != path {
					t.Errorf("path = %s, want %s", got, path)
				}
				first := r.URL.Query().Get("after") == ""
				q := map[string]string{}
				if lim := r.URL.Query().Get("limit"); lim != "" {
					q["limit"] = lim
				}
				if !first {
					q["after"] = "next1"
				}
				testQuery(t, r, q)
				switch {
				case first && tc.envelope == "":
					w.Header().Add("Link", `<https://test.okta.com`+path+`?limit=2>; rel="self"`)
					w.Header().Add("Link", `<https://test.okta.com`+path+`?after=next1&limit=2>; rel="next"`)
					serveJSON(w, 200, []byte(tc.first))
				case first:
					next := `https://test.okta.com` + path + `?after=next1`
					if lim, ok := q["limit"]; ok {
						next += "&limit=" + lim
					}
					serveJSON(w, 200, []byte(strings.TrimSuffix(tc.first, "}")+`,"_links":{"next":{"href":"`+next+`"}}}`))
				default:
					serveJSON(w, 200, []byte(tc.second))
				}
			})
			n, err := tc.walk(t.Context(), client, slices.Clone(accessIDs[:tc.ids]))
			if err != nil {
				t.Fatal(err)
			}
			if n != 3 || requests != 2 {
				t.Errorf("%d items in %d requests, want 3 in 2", n, requests)
			}
		})
	}
}

// accessCount walks an iterator to its end and returns how many items it saw.
func accessCount[T any](it *Iterator[T]) (int, error) {
	n := 0
	for it.Next() {
		n++
	}
	return n, it.Err()
}
