package okta

import (
	"encoding/json"
	"io"
	"net/http"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
)

// TestAttr reads custom attributes of a decoded profile by type, without a declared variable.
func TestAttr(t *testing.T) {
	t.Parallel()
	var p UserProfile
	if err := json.Unmarshal([]byte(`{"login":"a@example.com","favoriteColor":"teal","employeeNumber":42,"manager":null,"groups":["a","b"],"vip":true,"nickName":""}`), &p); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		got    any
		ok     bool
		want   any
		wantOK bool
	}{
		{"string", first(Attr[string](p.Extra, "favoriteColor")), second(Attr[string](p.Extra, "favoriteColor")), "teal", true},
		{"int", first(Attr[int](p.Extra, "employeeNumber")), second(Attr[int](p.Extra, "employeeNumber")), 42, true},
		{"list", first(Attr[[]string](p.Extra, "groups")), second(Attr[[]string](p.Extra, "groups")), []string{"a", "b"}, true},
		{"bool", first(Attr[bool](p.Extra, "vip")), second(Attr[bool](p.Extra, "vip")), true, true},
		{"empty string is a value", first(Attr[string](p.Extra, "nickName")), second(Attr[string](p.Extra, "nickName")), "", true},
		{"null", first(Attr[string](p.Extra, "manager")), second(Attr[string](p.Extra, "manager")), "", false},
		{"absent", first(Attr[string](p.Extra, "missing")), second(Attr[string](p.Extra, "missing")), "", false},
		{"wrong type", first(Attr[string](p.Extra, "employeeNumber")), second(Attr[string](p.Extra, "employeeNumber")), "", false},
		{"nil Extra", first(Attr[string](nil, "x")), second(Attr[string](nil, "x")), "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if tt.ok != tt.wantOK {
				t.Errorf("ok = %v, want %v", tt.ok, tt.wantOK)
			}
			if diff := gocmp.Diff(tt.want, tt.got); diff != "" {
				t.Errorf("value (-want +got):\n%s", diff)
			}
		})
	}
}

func first[T any](v T, _ bool) T      { return v }
func second[T any](_ T, ok bool) bool { return ok }

// TestPartialUpdateSendsExplicitValues: SetNull and SetAttr send null and empty values that typed fields would
// leave out, and an Update carries them to Okta.
func TestPartialUpdateSendsExplicitValues(t *testing.T) {
	t.Parallel()
	c, mux := setup(t)
	mux.HandleFunc("POST /api/v1/users/00u1", func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			t.Fatal(err)
		}
		var got map[string]any
		if err := json.Unmarshal(body, &got); err != nil {
			t.Fatal(err)
		}
		want := map[string]any{"profile": map[string]any{
			"firstName":     "Ada",
			"nickName":      nil,
			"title":         "",
			"favoriteColor": "teal",
			"vip":           false,
			"groups":        []any{},
		}}
		if diff := gocmp.Diff(want, got); diff != "" {
			t.Errorf("body (-want +got):\n%s", diff)
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"id":"00u1","profile":{"firstName":"Ada","favoriteColor":"teal"}}`))
	})
	p := &UserProfile{FirstName: "Ada", Title: ""}
	p.Extra.SetNull("nickName")
	SetAttr(&p.Extra, "title", "")
	SetAttr(&p.Extra, "favoriteColor", "teal")
	SetAttr(&p.Extra, "vip", false)
	SetAttr(&p.Extra, "groups", []string{})
	user, _, err := c.Users.Update(t.Context(), "00u1", &UpdateUserRequest{Profile: p}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if cost, ok := Attr[string](user.Profile.Extra, "favoriteColor"); !ok || cost != "teal" {
		t.Errorf("favoriteColor = %q, %v", cost, ok)
	}
}

// TestSetAttrPanicsOnValuesJSONCannotEncode: the only failure SetAttr has is a value no attribute can hold.
func TestSetAttrPanicsOnValuesJSONCannotEncode(t *testing.T) {
	t.Parallel()
	defer func() {
		if recover() == nil {
			t.Error("SetAttr with a channel did not panic")
		}
	}()
	var e Extra
	SetAttr(&e, "c", make(chan int))
}
