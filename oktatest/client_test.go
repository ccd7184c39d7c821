package oktatest

import (
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/oktakit/okta"
)

// These tests drive the server with the SDK's own client, for the operations the client has.

func newTestClient(t *testing.T, s *Server) *okta.Client {
	t.Helper()
	c, err := s.NewClient()
	if err != nil {
		t.Fatal(err)
	}
	if c.OrgURL() != s.URL {
		t.Errorf("OrgURL = %s, want %s", c.OrgURL(), s.URL)
	}
	return c
}

func TestClientCreateAndGetUser(t *testing.T) {
	t.Parallel()
	s := newTestServer(t)
	c := newTestClient(t, s)
	ctx := t.Context()
	req := &okta.CreateUserRequest{
		Profile: &okta.UserProfile{Login: "ann@example.com", Email: "ann@example.com", FirstName: "Ann", LastName: "Lee"},
		Credentials: &okta.UserCredentials{Password: &okta.PasswordCredential{Value: goodPassword},
			RecoveryQuestion: &okta.RecoveryQuestionCredential{Question: "Pet?", Answer: "Rex the dog"}},
	}
	if err := req.Profile.Extra.Set("favouriteColour", "teal"); err != nil {
		t.Fatal(err)
	}
	created, resp, err := c.Users.Create(ctx, req, &okta.UsersCreateOptions{Activate: new(false)})
	if err != nil {
		t.Fatal(err)
	}
	if created.Status != okta.UserStatusStaged || created.Credentials.RecoveryQuestion.Question != "Pet?" || resp.RequestID == "" {
		t.Errorf("created %+v (request ID %q)", created, resp.RequestID)
	}
	got, _, err := c.Users.Get(ctx, "ann@example.com", nil)
	if err != nil {
		t.Fatal(err)
	}
	var colour string
	if ok, err := got.Profile.Extra.Get("favouriteColour", &colour); !ok || err != nil || colour != "teal" {
		t.Errorf("custom attribute = %q (%v, %v)", colour, ok, err)
	}
	if got.ID != created.ID || !got.Created.Equal(created.Created) {
		t.Errorf("Get = %+v, want the created user", got)
	}

	_, _, err = c.Users.Create(ctx, req, nil)
	var oe *okta.Error
	if !errors.As(err, &oe) || oe.ErrorCode != "E0000001" || len(oe.ErrorCauses) != 1 ||
		oe.ErrorCauses[0].ErrorSummary != "login: An object with this field already exists in the current organization" {
		t.Errorf("duplicate login: %v", err)
	}
	if _, _, err := c.Users.Get(ctx, "nobody@example.com", nil); !errors.Is(err, okta.ErrNotFound) {
		t.Errorf("unknown user: err = %v, want ErrNotFound", err)
	}
}

func TestClientListsUsersAcrossPages(t *testing.T) {
	t.Parallel()
	var seed []User
	var want []string
	for i := range 7 {
		login := fmt.Sprintf("user%d@example.com", i)
		seed = append(seed, User{Profile: map[string]any{"login": login, "firstName": "U", "lastName": fmt.Sprint(i)}})
		want = append(want, login)
	}
	s := newTestServer(t, WithUsers(seed...))
	c := newTestClient(t, s)
	ctx := t.Context()

	// One page at a time, resuming from the cursor.
	var got []string
	opts := &okta.UsersListOptions{Limit: 3}
	for {
		users, resp, err := c.Users.List(ctx, opts)
		if err != nil {
			t.Fatal(err)
		}
		for _, u := range users {
			got = append(got, u.Profile.Login)
		}
		if !resp.HasNextPage() {
			break
		}
		opts.After = resp.After
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("List page by page (-want +got):\n%s", diff)
	}

	// The Next loop.
	got = nil
	it := c.Users.ListIter(ctx, &okta.UsersListOptions{Limit: 2})
	for it.Next() {
		got = append(got, it.Value().Profile.Login)
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ListIter (-want +got):\n%s", diff)
	}

	// range over All, with a search.
	got = nil
	for u, err := range c.Users.ListIter(ctx, &okta.UsersListOptions{Limit: 2, Search: `profile.lastName ge "4"`}).All() {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, u.Profile.Login)
	}
	if diff := cmp.Diff(want[4:], got); diff != "" {
		t.Errorf("All with a search (-want +got):\n%s", diff)
	}

	// Seven users two at a time take four requests.
	before := len(s.Requests())
	for range c.Users.ListIter(ctx, &okta.UsersListOptions{Limit: 2}).All() {
	}
	if n := len(s.Requests()) - before; n != 4 {
		t.Errorf("walking 7 users 2 at a time took %d requests, want 4", n)
	}
}

func TestClientErrors(t *testing.T) {
	t.Parallel()
	s := newTestServer(t)
	ctx := t.Context()
	bad, err := okta.NewClient(okta.WithOrgURL(s.URL), okta.WithInsecureHTTP(), okta.WithAPIToken("wrong"))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := bad.Users.List(ctx, nil); !errors.Is(err, okta.ErrUnauthorized) {
		t.Errorf("wrong token: err = %v, want ErrUnauthorized", err)
	}
	c := newTestClient(t, s)
	_, resp, err := c.Users.List(ctx, &okta.UsersListOptions{Filter: `profile.nickName eq "x"`})
	var oe *okta.Error
	if !errors.As(err, &oe) || oe.ErrorCode != "E0000031" || resp == nil || resp.RequestID == "" || oe.RequestID != resp.RequestID {
		t.Errorf("bad filter: err = %v, resp = %v", err, resp)
	}
}
