package okta

import (
	"encoding/json"
	"net/http"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestShapesThatDifferFromTheSpec: where Okta answers an object for a list or a list for an object, the method
// returns what Okta sent, whatever the operation, and a member whose shape differs from its field stays in Extra.
func TestShapesThatDifferFromTheSpec(t *testing.T) {
	t.Parallel()
	const (
		user1 = `{"id":"00u1","profile":{"login":"a@example.com"}}`
		user2 = `{"id":"00u2","profile":{"login":"b@example.com"}}`
		app1  = `{"id":"0oa1","signOnMode":"BOOKMARK","label":"B"}`
	)
	ids := func(users []User) []string {
		var out []string
		for _, u := range users {
			out = append(out, u.ID)
		}
		return out
	}
	for _, tt := range []struct {
		name, body string
		call       func(*Client) (any, error)
		want       any
		wantErr    string
	}{
		{"Users.List answers one object", user1, func(c *Client) (any, error) {
			u, _, err := c.Users.List(t.Context(), nil)
			return ids(u), err
		}, []string{"00u1"}, ""},
		{"Users.ListIter answers one object", user1, func(c *Client) (any, error) {
			var got []string
			it := c.Users.ListIter(t.Context(), nil)
			for it.Next() {
				got = append(got, it.Value().ID)
			}
			return got, it.Err()
		}, []string{"00u1"}, ""},
		{"Apps.List answers one object", app1, func(c *Client) (any, error) {
			apps, _, err := c.Apps.List(t.Context(), nil)
			if err != nil || len(apps) != 1 {
				return apps, err
			}
			b := apps[0].(*BookmarkApplication)
			return b.ID + " " + b.Label, nil
		}, "0oa1 B", ""},
		{"Users.Get answers a list of one", "[" + user1 + "]", func(c *Client) (any, error) {
			u, _, err := c.Users.Get(t.Context(), "00u1", nil)
			if err != nil {
				return nil, err
			}
			return u.ID + " " + u.Profile.Login, nil
		}, "00u1 a@example.com", ""},
		{"Apps.Get answers a list of one", "[" + app1 + "]", func(c *Client) (any, error) {
			app, _, err := c.Apps.Get(t.Context(), "0oa1", nil)
			if err != nil {
				return nil, err
			}
			return app.Base().ID, nil
		}, "0oa1", ""},
		{"Users.Get answers a list of two", "[" + user1 + "," + user2 + "]", func(c *Client) (any, error) {
			u, _, err := c.Users.Get(t.Context(), "00u1", nil)
			if err != nil {
				return nil, err
			}
			var all []User
			if _, err := u.Extra.Get(ExtraListMember, &all); err != nil {
				return nil, err
			}
			return append([]string{u.ID}, ids(all)...), nil
		}, []string{"00u1", "00u1", "00u2"}, ""},
		{"Users.Get answers an empty list", "[]", func(c *Client) (any, error) {
			_, _, err := c.Users.Get(t.Context(), "00u1", nil)
			return nil, err
		}, nil, "empty body"},
		{"a member whose shape differs stays in Extra", `{"id":"00u1","profile":[{"login":"a@example.com"}],"type":"x"}`, func(c *Client) (any, error) {
			u, _, err := c.Users.Get(t.Context(), "00u1", nil)
			if err != nil {
				return nil, err
			}
			return []string{u.ID, string(u.Extra["profile"]), string(u.Extra["type"])}, nil
		}, []string{"00u1", `[{"login":"a@example.com"}]`, `"x"`}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c, mux := setup(t)
			mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
				serveJSON(w, 200, []byte(tt.body))
			})
			got, err := tt.call(c)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("result (-want +got):\n%s", diff)
			}
		})
	}
}

// TestReshapeLeavesOtherDataAlone: data that already fits, and targets that are not models, are untouched.
func TestReshapeLeavesOtherDataAlone(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		data string
		t    any
	}{
		{`[{"id":"1"}]`, []User{}},
		{`{"id":"1"}`, &User{}},
		{`{"a":1}`, []byte{}},
		{`{"a":1}`, []string{}},
		{`[1,2]`, map[string]any{}},
		{`[1,2]`, &User{}}, // several elements, the first not an object: the decode fails as before
		{`[`, &User{}},
	} {
		got := reshape([]byte(tt.data), reflectTypeOf(tt.t))
		if string(got) != tt.data {
			t.Errorf("reshape(%s, %T) = %s, want it unchanged", tt.data, tt.t, got)
		}
	}
	var u User
	if err := json.Unmarshal(reshape([]byte(`[{},{"id":"2"}]`), reflectTypeOf(&u)), &u); err != nil || string(u.Extra[ExtraListMember]) != `[{},{"id":"2"}]` {
		t.Errorf("an empty first element: %+v, %v", u, err)
	}
}

func reflectTypeOf(v any) reflect.Type { return reflect.TypeOf(v) }
