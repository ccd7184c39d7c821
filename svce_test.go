package okta

import (
	"context"
	"fmt"
	"net/http"
	"sync/atomic"
	"testing"
)

// Helpers shared by the tests of the EventHooks, InlineHooks, HookKeys, LogStreams, TrustedOrigins,
// NetworkZones, Devices, DeviceAssurances, Realms, IdentitySources and APIServiceIntegrations services, on top
// of the shared table of calls (apiCall, runAPICalls, ...) of helpers_test.go.

// svceIterCase walks a paginated list over two pages linked by a Link header.
type svceIterCase struct {
	name  string
	path  string
	first map[string]string // the first page's query
	pages [2]string         // the JSON of the two pages
	walk  func(ctx context.Context, c *Client) ([]string, error)
}

// runSvcEIterators runs each case against its own server, which checks the first page's query and that the
// second page is asked for with the cursor of the Link header.
func runSvcEIterators(t *testing.T, cases []svceIterCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			c, mux := setup(t)
			var pages atomic.Int32
			mux.HandleFunc(tc.path, func(w http.ResponseWriter, r *http.Request) {
				testMethod(t, r, http.MethodGet)
				pages.Add(1)
				if r.URL.Query().Get("after") == "" {
					testQuery(t, r, tc.first)
					w.Header().Add("Link", fmt.Sprintf(`<https://test.okta.com%s>; rel="self"`, tc.path))
					w.Header().Add("Link", fmt.Sprintf(`<https://test.okta.com%s?after=cursor2&limit=1>; rel="next"`, tc.path))
					serveJSON(w, http.StatusOK, []byte(tc.pages[0]))
					return
				}
				testQuery(t, r, map[string]string{"after": "cursor2", "limit": "1"})
				serveJSON(w, http.StatusOK, []byte(tc.pages[1]))
			})
			got, err := tc.walk(t.Context(), c)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 2 || pages.Load() != 2 {
				t.Errorf("items %q from %d pages, want 2 from 2", got, pages.Load())
			}
		})
	}
}

// svceIDs collects the IDs an iterator yields.
func svceIDs[T any](it *Iterator[T], id func(T) string) ([]string, error) {
	var out []string
	for it.Next() {
		out = append(out, id(it.Value()))
	}
	return out, it.Err()
}
