package okta

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

// TestEmptyBodyWhereAResourceIsPromised: a 2xx without a body (or with null) for an operation that promises a
// resource is an error, never a nil resource with a nil error; operations whose answer has no body, or may have
// none, keep working.
func TestEmptyBodyWhereAResourceIsPromised(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name    string
		status  int
		body    string
		call    func(*Client) (any, error)
		wantErr bool
	}{
		{"Users.Get empty", 200, "", func(c *Client) (any, error) { u, _, err := c.Users.Get(t.Context(), "00u1", nil); return u, err }, true},
		{"Users.Get blank", 200, " \n", func(c *Client) (any, error) { u, _, err := c.Users.Get(t.Context(), "00u1", nil); return u, err }, true},
		{"Users.Get null", 200, "null", func(c *Client) (any, error) { u, _, err := c.Users.Get(t.Context(), "00u1", nil); return u, err }, true},
		{"Users.Get 204", 204, "", func(c *Client) (any, error) { u, _, err := c.Users.Get(t.Context(), "00u1", nil); return u, err }, true},
		{"Apps.Get null", 200, "null", func(c *Client) (any, error) { a, _, err := c.Apps.Get(t.Context(), "0oa1", nil); return a, err }, true},
		{"ResourceSets.List empty", 200, "", func(c *Client) (any, error) { r, _, err := c.ResourceSets.List(t.Context(), nil); return r, err }, true},
		// Activating with sendEmail=true answers {}: a value, not an error.
		{"Users.Activate {}", 200, "{}", func(c *Client) (any, error) {
			a, _, err := c.Users.Activate(t.Context(), "00u1", &UsersActivateOptions{SendEmail: new(true)})
			return a, err
		}, false},
		{"Users.Suspend empty", 200, "", func(c *Client) (any, error) { _, err := c.Users.Suspend(t.Context(), "00u1"); return nil, err }, false},
		{"Users.Delete 204", 204, "", func(c *Client) (any, error) { _, err := c.Users.Delete(t.Context(), "00u1", nil); return nil, err }, false},
		{"Users.List empty", 200, "", func(c *Client) (any, error) { _, _, err := c.Users.List(t.Context(), nil); return nil, err }, false},
		// Okta documents a 201 without a body for a group's role assignment.
		{"RoleAssignments.AssignToGroup 201", 201, "", func(c *Client) (any, error) {
			_, _, err := c.RoleAssignments.AssignToGroup(t.Context(), "00g1", &AssignRoleRequest{Type: "CUSTOM"}, nil)
			return nil, err
		}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c, mux := setup(t)
			mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
				w.WriteHeader(tt.status)
				w.Write([]byte(tt.body))
			})
			_, err := tt.call(c)
			if !tt.wantErr {
				if err != nil {
					t.Fatalf("error = %v, want none", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), "empty body") {
				t.Fatalf("error = %v, want one saying the body was empty", err)
			}
		})
	}
}

// TestNullInPolymorphicListStaysNull: a null element of a list of unions decodes to a nil interface and
// encodes back as null, not as {}.
func TestNullInPolymorphicListStaysNull(t *testing.T) {
	t.Parallel()
	const raw = `[null,{"id":"0oa1","signOnMode":"BOOKMARK"},null]`
	var apps []Application
	if err := decodeJSON([]byte(raw), &apps); err != nil {
		t.Fatal(err)
	}
	if len(apps) != 3 || apps[0] != nil || apps[2] != nil {
		t.Fatalf("decoded %#v, want nil at 0 and 2", apps)
	}
	b, err := json.Marshal(apps)
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != raw {
		t.Errorf("re-encoded %s, want %s", b, raw)
	}
	var policies []Policy
	if err := decodeJSON([]byte(`[null]`), &policies); err != nil || len(policies) != 1 || policies[0] != nil {
		t.Errorf("policies = %#v, %v", policies, err)
	}
}
