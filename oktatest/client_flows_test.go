package oktatest

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/oktakit/okta"
)

// TestClientUserLifecycle walks a user through its lifecycle with the SDK's Users service.
func TestClientUserLifecycle(t *testing.T) {
	t.Parallel()
	s := newTestServer(t)
	c := newTestClient(t, s)
	ctx := t.Context()
	u, _, err := c.Users.Create(ctx, &okta.CreateUserRequest{
		Profile: &okta.UserProfile{Login: "life@example.com", Email: "life@example.com", FirstName: "Life", LastName: "Cycle"},
	}, &okta.CreateUserOptions{Activate: new(false)})
	if err != nil {
		t.Fatal(err)
	}
	status := func() okta.UserStatus {
		t.Helper()
		got, _, err := c.Users.Get(ctx, u.ID)
		if err != nil {
			t.Fatal(err)
		}
		return got.Status
	}
	tok, _, err := c.Users.Activate(ctx, u.ID, &okta.ActivateUserOptions{SendEmail: new(false)})
	if err != nil || tok.ActivationToken == "" || tok.ActivationURL == "" {
		t.Fatalf("Activate: %+v, %v", tok, err)
	}
	if got := status(); got != okta.UserStatusProvisioned {
		t.Errorf("after activating without a password: %s", got)
	}
	if _, _, err := c.Users.Reactivate(ctx, u.ID, nil); err != nil {
		t.Errorf("Reactivate: %v", err)
	}
	// Setting a password makes a provisioned user usable; Okta needs an activation for that, so set it and
	// activate again after deactivating.
	if _, _, err := c.Users.Update(ctx, u.ID, &okta.UpdateUserRequest{Credentials: &okta.UserCredentials{
		Password: &okta.PasswordCredential{Value: goodPassword}}}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Users.Deactivate(ctx, u.ID, nil); err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.Users.Activate(ctx, u.ID, nil); err != nil {
		t.Fatal(err)
	}
	if got := status(); got != okta.UserStatusActive {
		t.Errorf("after activating with a password: %s", got)
	}
	_, _, err = c.Users.Activate(ctx, u.ID, nil)
	var oe *okta.Error
	if !errors.As(err, &oe) || oe.ErrorCode != "E0000016" {
		t.Errorf("activating an active user: %v", err)
	}
	if _, err := c.Users.Suspend(ctx, u.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Users.Unlock(ctx, u.ID); !errors.As(err, &oe) || oe.ErrorCode != "E0000032" || !errors.Is(err, okta.ErrForbidden) {
		t.Errorf("unlocking a suspended user: %v", err)
	}
	if _, err := c.Users.Unsuspend(ctx, u.ID); err != nil {
		t.Fatal(err)
	}
	if got, _, err := c.Users.ExpirePassword(ctx, u.ID); err != nil || got.Status != okta.UserStatusPasswordExpired {
		t.Errorf("ExpirePassword: %v, %v", got, err)
	}
	if reset, _, err := c.Users.ResetPassword(ctx, u.ID, &okta.ResetPasswordOptions{SendEmail: new(false)}); err != nil || reset.ResetPasswordURL == "" {
		t.Errorf("ResetPassword: %+v, %v", reset, err)
	}
	if got := status(); got != okta.UserStatusRecovery {
		t.Errorf("after a password reset: %s", got)
	}
	for i, want := range []okta.UserStatus{okta.UserStatusDeprovisioned, ""} {
		if _, err := c.Users.Delete(ctx, u.ID, nil); err != nil {
			t.Fatalf("Delete #%d: %v", i+1, err)
		}
		got, _, err := c.Users.Get(ctx, u.ID)
		switch {
		case want == "" && !errors.Is(err, okta.ErrNotFound):
			t.Errorf("after the second Delete: %v, %v", got, err)
		case want != "" && (err != nil || got.Status != want):
			t.Errorf("after the first Delete: %v, %v", got, err)
		}
	}
}

// TestClientUpdateKeepsCustomAttributes checks a Get → change → Replace round trip through the SDK's lossless
// models: the custom attribute the SDK does not model survives.
func TestClientUpdateKeepsCustomAttributes(t *testing.T) {
	t.Parallel()
	s := newTestServer(t, WithUsers(User{ID: "00ux", Profile: map[string]any{
		"login": "x@example.com", "firstName": "X", "lastName": "Y", "badgeNumber": 1234, "tags": []any{"a", "b"}}}))
	c := newTestClient(t, s)
	ctx := t.Context()
	u, _, err := c.Users.Get(ctx, "00ux")
	if err != nil {
		t.Fatal(err)
	}
	u.Profile.NickName = "Ex"
	replaced, _, err := c.Users.Replace(ctx, u.ID, u, nil)
	if err != nil {
		t.Fatal(err)
	}
	var badge int
	var tags []string
	if _, err := replaced.Profile.Extra.Get("badgeNumber", &badge); err != nil || badge != 1234 {
		t.Errorf("badgeNumber = %d, %v", badge, err)
	}
	if _, err := replaced.Profile.Extra.Get("tags", &tags); err != nil || !cmp.Equal(tags, []string{"a", "b"}) {
		t.Errorf("tags = %v, %v", tags, err)
	}
	if replaced.Profile.NickName != "Ex" {
		t.Errorf("nickName = %q", replaced.Profile.NickName)
	}
}

// TestClientApps drives applications with the SDK's Apps service.
func TestClientApps(t *testing.T) {
	t.Parallel()
	s := newTestServer(t,
		WithUsers(User{ID: "00uann", Profile: map[string]any{"login": "ann@example.com", "firstName": "Ann", "lastName": "A"}},
			User{ID: "00ubob", Groups: []string{"Sales"}, Profile: map[string]any{"login": "bob@example.com", "firstName": "Bob", "lastName": "B"}}),
		WithGroups(Group{ID: "00gsales", Name: "Sales"}))
	c := newTestClient(t, s)
	ctx := t.Context()
	created, _, err := c.Apps.Create(ctx, &okta.BookmarkApplication{
		ApplicationBase: okta.ApplicationBase{Name: "bookmark", Label: "Wiki", SignOnMode: okta.ApplicationSignOnModeBookmark},
		Settings:        &okta.BookmarkApplicationSettings{App: &okta.BookmarkApplicationSettingsApplication{URL: "https://wiki.example.com"}},
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	app, ok := created.(*okta.BookmarkApplication)
	if !ok {
		t.Fatalf("Create returned a %T", created)
	}
	if app.ID == "" || app.Status != "ACTIVE" || app.Settings.App.URL != "https://wiki.example.com" {
		t.Errorf("created %+v", app)
	}

	if _, _, err := c.Apps.AssignUser(ctx, app.ID, &okta.AppUser{ID: "00uann", Scope: "USER"}); err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.Apps.AssignGroup(ctx, app.ID, "00gsales", nil); err != nil {
		t.Fatal(err)
	}
	var got []string
	for au, err := range c.Apps.ListUsersIter(ctx, app.ID, nil).All() {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, au.ID+"/"+string(au.Scope))
	}
	if want := []string{"00uann/USER", "00ubob/GROUP"}; !cmp.Equal(got, want) {
		t.Errorf("app users = %v, want %v", got, want)
	}

	apps, _, err := c.Apps.List(ctx, &okta.ListApplicationsOptions{Q: "wi", Filter: `status eq "ACTIVE"`})
	if err != nil || len(apps) != 1 || apps[0].Base().ID != app.ID {
		t.Errorf("List: %v, %v", apps, err)
	}

	// Replace what Get returned, lossless: the fake's members the SDK does not model come back.
	fetched, _, err := c.Apps.Get(ctx, app.ID, nil)
	if err != nil {
		t.Fatal(err)
	}
	fetched.Base().Label = "Team wiki"
	replaced, _, err := c.Apps.Replace(ctx, app.ID, fetched)
	if err != nil || replaced.Base().Label != "Team wiki" {
		t.Errorf("Replace: %v, %v", replaced, err)
	}

	var oe *okta.Error
	if _, err := c.Apps.Delete(ctx, app.ID); !errors.As(err, &oe) || oe.ErrorCode != "E0000056" {
		t.Errorf("deleting an active app: %v", err)
	}
	if _, err := c.Apps.Deactivate(ctx, app.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Apps.Delete(ctx, app.ID); err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.Apps.Get(ctx, app.ID, nil); !errors.Is(err, okta.ErrNotFound) {
		t.Errorf("after Delete: %v", err)
	}
}
