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
	}, &okta.UsersCreateOptions{Activate: new(false)})
	if err != nil {
		t.Fatal(err)
	}
	status := func() okta.UserStatus {
		t.Helper()
		got, _, err := c.Users.Get(ctx, u.ID, nil)
		if err != nil {
			t.Fatal(err)
		}
		return got.Status
	}
	tok, _, err := c.Users.Activate(ctx, u.ID, &okta.UsersActivateOptions{SendEmail: new(false)})
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
	if reset, _, err := c.Users.ResetPassword(ctx, u.ID, &okta.UsersResetPasswordOptions{SendEmail: new(false)}); err != nil || reset.ResetPasswordURL == "" {
		t.Errorf("ResetPassword: %+v, %v", reset, err)
	}
	if got := status(); got != okta.UserStatusRecovery {
		t.Errorf("after a password reset: %s", got)
	}
	for i, want := range []okta.UserStatus{okta.UserStatusDeprovisioned, ""} {
		if _, err := c.Users.Delete(ctx, u.ID, nil); err != nil {
			t.Fatalf("Delete #%d: %v", i+1, err)
		}
		got, _, err := c.Users.Get(ctx, u.ID, nil)
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
	u, _, err := c.Users.Get(ctx, "00ux", nil)
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

	apps, _, err := c.Apps.List(ctx, &okta.AppsListOptions{Q: "wi", Filter: `status eq "ACTIVE"`})
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

// TestClientGroups drives groups and their members with the SDK's Groups service.
func TestClientGroups(t *testing.T) {
	t.Parallel()
	var seed []User
	for _, name := range []string{"ann", "bob", "cat"} {
		seed = append(seed, User{ID: "00u" + name, Profile: map[string]any{"login": name + "@example.com", "firstName": name, "lastName": "X"}})
	}
	s := newTestServer(t, WithUsers(seed...))
	c := newTestClient(t, s)
	ctx := t.Context()
	g, _, err := c.Groups.Create(ctx, &okta.Group{Profile: &okta.GroupProfile{Name: "Engineering", Description: "Builders"}})
	if err != nil {
		t.Fatal(err)
	}
	if g.Type != okta.GroupTypeOktaGroup || g.Profile.Name != "Engineering" {
		t.Errorf("created %+v", g)
	}
	for _, id := range []string{"00uann", "00ubob", "00ucat"} {
		if _, err := c.Groups.AddUser(ctx, g.ID, id); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := c.Groups.RemoveUser(ctx, g.ID, "00ubob"); err != nil {
		t.Fatal(err)
	}
	var members []string
	for u, err := range c.Groups.ListUsersIter(ctx, g.ID, &okta.GroupsListUsersOptions{Limit: 1}).All() {
		if err != nil {
			t.Fatal(err)
		}
		members = append(members, u.Profile.Login)
	}
	if want := []string{"ann@example.com", "cat@example.com"}; !cmp.Equal(members, want) {
		t.Errorf("members = %v, want %v", members, want)
	}
	groups, _, err := c.Users.ListGroups(ctx, "00uann")
	if err != nil || len(groups) != 2 {
		t.Errorf("ann's groups: %v, %v", groups, err)
	}
	found, _, err := c.Groups.List(ctx, &okta.GroupsListOptions{Q: "eng"})
	if err != nil || len(found) != 1 || found[0].ID != g.ID {
		t.Errorf("List q=eng: %v, %v", found, err)
	}
	g.Profile.Description = "Makers"
	if got, _, err := c.Groups.Replace(ctx, g.ID, g); err != nil || got.Profile.Description != "Makers" {
		t.Errorf("Replace: %v, %v", got, err)
	}
	if _, err := c.Groups.Delete(ctx, g.ID); err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.Groups.Get(ctx, g.ID); !errors.Is(err, okta.ErrNotFound) {
		t.Errorf("after Delete: %v", err)
	}
}

// TestClientPolicies drives policies and rules with the SDK's Policies service.
func TestClientPolicies(t *testing.T) {
	t.Parallel()
	s := newTestServer(t)
	c := newTestClient(t, s)
	ctx := t.Context()
	created, _, err := c.Policies.Create(ctx, &okta.PasswordPolicy{PolicyBase: okta.PolicyBase{Name: "Strict", Description: "Long passwords"}},
		&okta.PoliciesCreateOptions{Activate: new(false)})
	if err != nil {
		t.Fatal(err)
	}
	p, ok := created.(*okta.PasswordPolicy)
	if !ok || p.ID == "" || p.Type != okta.PolicyTypePassword || p.Status != okta.LifecycleStatusInactive || p.Priority != 1 {
		t.Fatalf("created %T %+v", created, created)
	}
	if _, err := c.Policies.Activate(ctx, p.ID); err != nil {
		t.Fatal(err)
	}
	rule, _, err := c.Policies.CreateRule(ctx, p.ID, &okta.PasswordPolicyRule{PolicyRuleBase: okta.PolicyRuleBase{Name: "Everyone"}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := rule.(*okta.PasswordPolicyRule); !ok || rule.Base().Type != "PASSWORD" || rule.Base().Status != okta.LifecycleStatusActive {
		t.Errorf("rule %T %+v", rule, rule)
	}
	if _, err := c.Policies.DeactivateRule(ctx, p.ID, rule.Base().ID); err != nil {
		t.Fatal(err)
	}
	rules, _, err := c.Policies.ListRules(ctx, p.ID, nil)
	if err != nil || len(rules) != 1 || rules[0].Base().Status != okta.LifecycleStatusInactive {
		t.Errorf("ListRules: %v, %v", rules, err)
	}
	list, _, err := c.Policies.List(ctx, &okta.PoliciesListOptions{Type: okta.PolicyTypePassword, Expand: "rules"})
	if err != nil || len(list) != 1 || list[0].(*okta.PasswordPolicy).Status != okta.LifecycleStatusActive {
		t.Fatalf("List: %v, %v", list, err)
	}
	if embedded := list[0].(*okta.PasswordPolicy).Embedded; embedded["rules"] == nil {
		t.Errorf("expand=rules: _embedded = %v", embedded)
	}
	// Replace what Get returned.
	got, _, err := c.Policies.Get(ctx, p.ID, nil)
	if err != nil {
		t.Fatal(err)
	}
	got.(*okta.PasswordPolicy).Description = "Longer passwords"
	if replaced, _, err := c.Policies.Replace(ctx, p.ID, got); err != nil || replaced.(*okta.PasswordPolicy).Description != "Longer passwords" {
		t.Errorf("Replace: %v, %v", replaced, err)
	}
	if _, err := c.Policies.DeleteRule(ctx, p.ID, rule.Base().ID); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Policies.Delete(ctx, p.ID); err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.Policies.Get(ctx, p.ID, nil); !errors.Is(err, okta.ErrNotFound) {
		t.Errorf("after Delete: %v", err)
	}
}
