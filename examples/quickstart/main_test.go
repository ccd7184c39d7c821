package main

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/oktakit/okta"
	"github.com/oktakit/okta/oktatest"
)

func TestTour(t *testing.T) {
	t.Parallel()
	srv := oktatest.NewServer()
	t.Cleanup(srv.Close)
	client, err := srv.NewClient()
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if err := tour(t.Context(), &out, client, "quickstart"); err != nil {
		t.Fatal(err)
	}
	want := `1. Creating users
   created quickstart.ada@example.com (ACTIVE)
   created quickstart.grace@example.com (ACTIVE)
   created quickstart.alan@example.com (STAGED)
2. Creating a group
   created the group "quickstart engineers" (OKTA_GROUP)
3. Adding the active users to it
   added quickstart.ada@example.com
   added quickstart.grace@example.com
4. Listing the users two at a time with a Next loop
   page 1: quickstart.ada@example.com (ACTIVE)
   page 1: quickstart.grace@example.com (ACTIVE)
   page 2: quickstart.alan@example.com (STAGED)
5. Listing the group's members with range
   Ada Lovelace <quickstart.ada@example.com>
   Grace Hopper <quickstart.grace@example.com>
6. Handling an error
   quickstart.nobody@example.com: not found, as expected (E0000007: Not found: Resource not found: quickstart.nobody@example.com (User))
7. Cleaning up
   deleted the group "quickstart engineers"
   deactivated and deleted quickstart.ada@example.com
   deactivated and deleted quickstart.grace@example.com
   deactivated and deleted quickstart.alan@example.com
Done.
`
	if diff := cmp.Diff(want, out.String()); diff != "" {
		t.Errorf("output (-want +got):\n%s", diff)
	}
	assertClean(t, client)
}

// assertClean fails the test unless the org has no users left and no group but Everyone.
func assertClean(t *testing.T, client *okta.Client) {
	t.Helper()
	for _, filter := range []string{`status eq "ACTIVE" or status eq "STAGED"`, `status eq "DEPROVISIONED"`} {
		users, _, err := client.Users.List(t.Context(), &okta.UsersListOptions{Filter: filter})
		if err != nil || len(users) != 0 {
			t.Errorf("users left (%s): %v, %v", filter, users, err)
		}
	}
	groups, _, err := client.Groups.List(t.Context(), nil)
	if err != nil || len(groups) != 1 || groups[0].Profile.Name != "Everyone" {
		t.Errorf("groups left: %v, %v", groups, err)
	}
}

// TestTourCleansUpAfterFailure makes the group creation fail: the users created before are deleted anyway.
func TestTourCleansUpAfterFailure(t *testing.T) {
	t.Parallel()
	srv := oktatest.NewServer()
	t.Cleanup(srv.Close)
	client, err := srv.NewClient(okta.WithMaxRetries(0))
	if err != nil {
		t.Fatal(err)
	}
	srv.FailNext("POST /api/v1/groups", 1, http.StatusServiceUnavailable)
	var out strings.Builder
	err = tour(t.Context(), &out, client, "quickstart")
	var oe *okta.Error
	if !errors.As(err, &oe) || oe.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("err = %v, want the injected 503", err)
	}
	if !strings.Contains(out.String(), "deactivated and deleted quickstart.alan@example.com") {
		t.Errorf("output:\n%s", out.String())
	}
	assertClean(t, client)
}

func TestBrowse(t *testing.T) {
	t.Parallel()
	srv := oktatest.NewServer(
		oktatest.WithUsers(oktatest.User{Profile: map[string]any{"login": "ann@example.com", "firstName": "Ann", "lastName": "Lee"}}),
		oktatest.WithGroups(oktatest.Group{Name: "Admins"}))
	t.Cleanup(srv.Close)
	client, err := srv.NewClient()
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if err := browse(t.Context(), &out, client); err != nil {
		t.Fatal(err)
	}
	want := `1. The first users, with a Next loop
   ann@example.com (ACTIVE)
2. The first groups, with range
   Everyone (BUILT_IN)
   Admins (OKTA_GROUP)
3. Handling an error
   quickstart.nobody@example.com: not found, as expected (E0000007: Not found: Resource not found: quickstart.nobody@example.com (User))
`
	if diff := cmp.Diff(want, out.String()); diff != "" {
		t.Errorf("output (-want +got):\n%s", diff)
	}
	if n := len(srv.Requests()); n != 3 {
		t.Errorf("browsing made %d requests, want 3 and no change", n)
	}
}

// TestBrowseWithoutGroupsScope browses as a service app that may read users but not groups.
func TestBrowseWithoutGroupsScope(t *testing.T) {
	t.Parallel()
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	der, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	srv := oktatest.NewServer(oktatest.WithServiceApp("0oaquickstart", &key.PublicKey, "okta.users.read"))
	t.Cleanup(srv.Close)
	client, err := okta.NewClient(okta.WithOrgURL(srv.URL), okta.WithInsecureHTTP(),
		okta.WithPrivateKey("0oaquickstart", pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}), "okta.users.read"))
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if err := browse(t.Context(), &out, client); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "not allowed: the credentials lack the okta.groups.read scope") {
		t.Errorf("output:\n%s", out.String())
	}
}
