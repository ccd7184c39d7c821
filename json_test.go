package okta

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestUserRoundTripsRecordedPayloads(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"user.json"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			assertRoundTrip[*User](t, fixture(t, "core/"+name))
		})
	}
	t.Run("users_list.json", func(t *testing.T) {
		t.Parallel()
		users := assertRoundTrip[[]User](t, fixture(t, "core/users_list.json"))
		if len(users) != 1 || users[0].ID != "00unwlw0tbo8E6aVj5d7" || users[0].Profile.FirstName != "Binoy" {
			t.Errorf("decoded %+v", users)
		}
		if want := time.Date(2026, 3, 27, 11, 5, 20, 0, time.UTC); !users[0].LastLogin.Equal(want) {
			t.Errorf("LastLogin = %v, want %v", users[0].LastLogin, want)
		}
	})
}

func TestModelsKeepWhatTheyDoNotModel(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   string
		// check inspects the decoded value.
		check func(t *testing.T, u *User)
	}{
		{
			name: "custom profile attributes and unknown top-level members",
			in:   `{"id":"00u1","profile":{"login":"a@example.com","costCenter":"CC-1","nested":{"x":[1,2]}},"newField":{"a":true}}`,
			check: func(t *testing.T, u *User) {
				var nested map[string]any
				if ok, err := u.Profile.Extra.Get("nested", &nested); !ok || err != nil {
					t.Errorf("nested = %v, %v", ok, err)
				}
				if u.Profile.CostCenter != "CC-1" {
					t.Errorf("CostCenter = %q", u.Profile.CostCenter)
				}
				if _, ok := u.Extra["newField"]; !ok {
					t.Errorf("Extra lacks newField: %v", u.Extra)
				}
			},
		},
		{
			name: "nulls, empty strings, zeros and false stay as sent",
			in:   `{"id":"","status":null,"activated":null,"profile":{"firstName":"","mobilePhone":null}}`,
		},
		{
			name: "unknown enum values decode",
			in:   `{"id":"00u1","status":"SOMETHING_NEW"}`,
			check: func(t *testing.T, u *User) {
				if u.Status != "SOMETHING_NEW" {
					t.Errorf("Status = %q", u.Status)
				}
			},
		},
		{
			name: "a value that does not fit its field is kept, not fatal",
			in:   `{"id":"00u1","created":"yesterday","lastLogin":12,"profile":{"login":["a","b"],"email":"e@example.com"}}`,
			check: func(t *testing.T, u *User) {
				if u.ID != "00u1" || u.Profile.Email != "e@example.com" {
					t.Errorf("the fields that fit were not decoded: %+v", u)
				}
				if !u.Created.IsZero() || u.Profile.Login != "" {
					t.Errorf("the fields that do not fit were set: %+v", u)
				}
			},
		},
		{
			name: "a member whose name differs in case keeps its name",
			in:   `{"ID":"00u1","profile":{"Login":"x"}}`,
			check: func(t *testing.T, u *User) {
				if u.ID != "" || u.Profile.Login != "" {
					t.Errorf("case-folded member went into a field: %+v", u)
				}
			},
		},
		{
			name: "escaped member names",
			in:   `{"id":"00u1","we\"ird\\name":1,"\u00e9t\u00e9":"x"}`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			u := assertRoundTrip[*User](t, []byte(tt.in))
			if tt.check != nil {
				tt.check(t, u)
			}
		})
	}
}

func TestTypedFieldWinsOverExtra(t *testing.T) {
	t.Parallel()
	var u User
	if err := json.Unmarshal([]byte(`{"id":"00u1","profile":{"mobilePhone":null,"nickName":"old"}}`), &u); err != nil {
		t.Fatal(err)
	}
	u.Profile.MobilePhone = "+1 555 0100" // was null, kept in Extra
	u.Profile.NickName = ""               // was set: clearing it drops it
	if err := u.Profile.Extra.Set("costCenter", "CC-9"); err != nil {
		t.Fatal(err)
	}
	out, err := json.Marshal(u)
	if err != nil {
		t.Fatal(err)
	}
	assertJSONEqual(t, `{"id":"00u1","profile":{"mobilePhone":"+1 555 0100","costCenter":"CC-9"}}`, string(out))
}

func TestRequestBodiesSendOnlyWhatWasSet(t *testing.T) {
	t.Parallel()
	b, err := json.Marshal(&CreateUserRequest{Profile: &UserProfile{Login: "a@example.com"}})
	if err != nil {
		t.Fatal(err)
	}
	assertJSONEqual(t, `{"profile":{"login":"a@example.com"}}`, string(b))
}

func TestDecodeRejectsMalformedJSON(t *testing.T) {
	t.Parallel()
	for _, in := range []string{`{"id":`, `{"id":"x",}`, `[1,2]`, `"str"`, `{"id" "x"}`} {
		var u User
		if err := json.Unmarshal([]byte(in), &u); err == nil {
			t.Errorf("Unmarshal(%s) = nil error", in)
		}
	}
}

func TestEachMember(t *testing.T) {
	t.Parallel()
	in := ` { "a" : 1 , "b":"x,}\"y", "c":{"d":[1,{"e":"]"}]}, "f":[] ,"g":null,"h":-1.5e3,"i":true}`
	var got [][2]string
	if err := eachMember([]byte(in), func(name string, raw []byte) { got = append(got, [2]string{name, string(raw)}) }); err != nil {
		t.Fatal(err)
	}
	want := [][2]string{{"a", "1"}, {"b", `"x,}\"y"`}, {"c", `{"d":[1,{"e":"]"}]}`}, {"f", "[]"}, {"g", "null"}, {"h", "-1.5e3"}, {"i", "true"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("members (-want +got):\n%s", diff)
	}
	for _, bad := range []string{``, `{`, `{"a"}`, `{"a":}`, `{"a":1`, `{"a":"1}`, `{"a":1 "b":2}`, `[]`} {
		if err := eachMember([]byte(bad), func(string, []byte) {}); err == nil {
			t.Errorf("eachMember(%q) = nil error", bad)
		}
	}
}

func TestLinksHref(t *testing.T) {
	t.Parallel()
	var l Links
	if err := json.Unmarshal([]byte(`{"self":{"href":"https://x/self"},"groups":[{"href":"https://x/g1"},{"href":"https://x/g2"}],"odd":3}`), &l); err != nil {
		t.Fatal(err)
	}
	for rel, want := range map[string]string{"self": "https://x/self", "groups": "https://x/g1", "odd": "", "missing": ""} {
		if got := l.Href(rel); got != want {
			t.Errorf("Href(%q) = %q, want %q", rel, got, want)
		}
	}
}

func TestExtraIsValidatedOnEncode(t *testing.T) {
	t.Parallel()
	u := User{ID: "x", Extra: Extra{"bad": json.RawMessage(`{nope`)}}
	if _, err := json.Marshal(u); err == nil || !strings.Contains(err.Error(), "bad") {
		t.Errorf("Marshal with invalid Extra: err = %v", err)
	}
}

func TestTimestampsKeepOktasTextUntilChanged(t *testing.T) {
	t.Parallel()
	var u User
	in := `{"created":"2020-08-27T18:21:49.000Z","lastUpdated":"2020-08-27T18:21:49.000Z"}`
	if err := json.Unmarshal([]byte(in), &u); err != nil {
		t.Fatal(err)
	}
	u.LastUpdated = u.LastUpdated.Add(time.Second)
	out, err := json.Marshal(u)
	if err != nil {
		t.Fatal(err)
	}
	assertJSONEqual(t, `{"created":"2020-08-27T18:21:49.000Z","lastUpdated":"2020-08-27T18:21:50Z"}`, string(out))
	if u.Created.IsZero() {
		t.Error("encoding changed the caller's value")
	}
}

// TestTimestampsKeepOktasTextInTolerantDecoding: an object with a member that does not fit its field is decoded
// member by member, and its timestamps still keep Okta's text.
func TestTimestampsKeepOktasTextInTolerantDecoding(t *testing.T) {
	t.Parallel()
	u := assertRoundTrip[User](t, []byte(`{"id":42,"created":"2020-08-27T18:21:49.000Z"}`))
	if u.Created.IsZero() || u.ID != "" {
		t.Errorf("user = %+v", u)
	}
}

// testShape is a polymorphic interface registered for TestUnionListKeepsNullElements.
type testShape interface{ isTestShape() }

type testCircle struct {
	Radius int   `json:"radius,omitzero"`
	Extra  Extra `json:"-"`
}

func (*testCircle) isTestShape() {}

func (v *testCircle) UnmarshalJSON(b []byte) error {
	type plain testCircle
	return decodeObject(b, (*plain)(v), &v.Extra)
}

func (v testCircle) MarshalJSON() ([]byte, error) {
	type plain testCircle
	return encodeObject((*plain)(&v), v.Extra)
}

func init() {
	registerUnion(func(b []byte) (testShape, error) {
		if strings.TrimSpace(string(b)) == "null" {
			return nil, nil
		}
		c := new(testCircle)
		return c, json.Unmarshal(b, c)
	})
}

// TestUnionListKeepsNullElements: a null element of a polymorphic list decodes to the nil interface, and the
// list re-encodes as it came.
func TestUnionListKeepsNullElements(t *testing.T) {
	t.Parallel()
	shapes := assertRoundTrip[[]testShape](t, []byte(`[{"radius":1},null,{"radius":2}]`))
	if len(shapes) != 3 || shapes[1] != nil || shapes[2].(*testCircle).Radius != 2 {
		t.Errorf("shapes = %+v", shapes)
	}
}

// TestRoundTripThroughEncodingJSON decodes and encodes with the standard library alone, as users do for logs and
// exports: nothing Okta sent is lost.
func TestRoundTripThroughEncodingJSON(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"user.json", "users_list.json"} {
		raw := fixture(t, "core/"+name)
		var users []User
		if name == "user.json" {
			var u User
			if err := json.Unmarshal(raw, &u); err != nil {
				t.Fatal(err)
			}
			out, err := json.Marshal(u)
			if err != nil {
				t.Fatal(err)
			}
			assertJSONEqual(t, string(raw), string(out))
			continue
		}
		if err := json.Unmarshal(raw, &users); err != nil {
			t.Fatal(err)
		}
		out, err := json.Marshal(users)
		if err != nil {
			t.Fatal(err)
		}
		assertJSONEqual(t, string(raw), string(out))
	}
}
