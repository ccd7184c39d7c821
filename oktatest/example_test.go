package oktatest_test

import (
	"context"
	"fmt"
	"log"

	"github.com/oktakit/okta"
	"github.com/oktakit/okta/oktatest"
)

// An offboarding tool revokes a user's sessions, lists the apps the user can reach and deactivates the user;
// the System Log shows what it did.
func Example_offboarding() {
	srv := oktatest.NewServer(
		oktatest.WithUsers(oktatest.User{ID: "00uann00000000000001",
			Profile: map[string]any{"login": "ann@example.com", "firstName": "Ann", "lastName": "Lee"}}),
		oktatest.WithApps(oktatest.App{Label: "Payroll", SignOnMode: "BOOKMARK", Users: []string{"ann@example.com"},
			Settings: map[string]any{"app": map[string]any{"url": "https://payroll.example.com"}}}))
	defer srv.Close()
	client, err := srv.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	const ann = "00uann00000000000001"

	if _, err := client.Users.RevokeSessions(ctx, ann, nil); err != nil {
		log.Fatal(err)
	}
	links, _, err := client.Users.ListAppLinks(ctx, ann)
	if err != nil {
		log.Fatal(err)
	}
	for _, l := range links {
		fmt.Println("app:", l.Label)
	}
	if _, err := client.Users.Deactivate(ctx, ann, nil); err != nil {
		log.Fatal(err)
	}
	events, _, err := client.SystemLog.List(ctx, &okta.SystemLogListOptions{Filter: `target.id eq "` + ann + `"`})
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range events {
		fmt.Println("event:", e.EventType)
	}
	// Output:
	// app: Payroll
	// event: user.session.clear
	// event: user.lifecycle.deactivate
}

// An audit tool assigns an admin role, then lists the users who hold one and each user's roles.
func Example_audit() {
	srv := oktatest.NewServer(oktatest.WithUsers(
		oktatest.User{ID: "00uann00000000000001", Profile: map[string]any{"login": "ann@example.com", "firstName": "Ann", "lastName": "Lee"}},
		oktatest.User{ID: "00ubob00000000000002", Profile: map[string]any{"login": "bob@example.com", "firstName": "Bob", "lastName": "Ray"}},
	))
	defer srv.Close()
	client, err := srv.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()

	if _, _, err := client.RoleAssignments.AssignToUser(ctx, "00ubob00000000000002",
		&okta.AssignRoleRequest{Type: okta.RoleTypeHelpDeskAdmin}, nil); err != nil {
		log.Fatal(err)
	}
	admins, _, err := client.RoleAssignments.ListUsers(ctx, nil)
	if err != nil {
		log.Fatal(err)
	}
	for _, u := range admins {
		roles, _, err := client.RoleAssignments.ListUserRoles(ctx, u.ID, nil)
		if err != nil {
			log.Fatal(err)
		}
		for _, r := range roles {
			fmt.Println(u.ID, r.Type, r.Label, r.AssignmentType)
		}
	}
	// Output:
	// 00ubob00000000000002 HELP_DESK_ADMIN Help Desk Administrator USER
}
