// Command quickstart is a tour of the okta SDK.
//
// With nothing configured it starts a fake Okta org in-process (package oktatest) and, printing as it goes,
// creates users and a group, adds members, pages through users with a Next loop and with range, handles an
// API error, and cleans up:
//
//	go run ./examples/quickstart
//
// With an org configured (~/.okta/okta.yaml, ./okta.yaml or OKTA_CLIENT_* variables, as for
// okta.NewClientFromConfig) it runs against that org, read-only: it lists a few users and groups and shows an
// error. With -write it runs the whole tour there, on test users and a group of its own that it deletes at the
// end.
package main

import (
	"context"
	"crypto/rand"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"time"

	"github.com/oktakit/okta"
	"github.com/oktakit/okta/oktatest"
)

func main() {
	write := flag.Bool("write", false, "with a configured org: create, change and delete test users and a group there")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	ctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	if err := run(ctx, os.Stdout, *write); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, out io.Writer, write bool) error {
	if !configured() {
		srv := oktatest.NewServer()
		defer srv.Close()
		client, err := srv.NewClient()
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "No org configured: using a fake Okta org at %s.\n\n", srv.URL)
		return tour(ctx, out, client, "quickstart")
	}
	client, err := okta.NewClientFromConfig()
	if err != nil {
		return err
	}
	if !write {
		fmt.Fprintf(out, "Using your org at %s, read-only (run with -write to create and delete test users there).\n\n", client.OrgURL())
		return browse(ctx, out, client)
	}
	fmt.Fprintf(out, "Using your org at %s.\n\n", client.OrgURL())
	return tour(ctx, out, client, "quickstart-"+strings.ToLower(rand.Text()[:6]))
}

// configured reports whether an org is configured the way okta.NewClientFromConfig reads it.
func configured() bool {
	if os.Getenv("OKTA_CLIENT_ORGURL") != "" {
		return true
	}
	home, _ := os.UserHomeDir()
	for _, f := range []string{filepath.Join(home, ".okta", "okta.yaml"), "okta.yaml"} {
		if _, err := os.Stat(f); err == nil {
			return true
		}
	}
	return false
}

// person is a test user of the tour.
type person struct {
	first, last string
	activate    bool
}

var people = []person{{"Ada", "Lovelace", true}, {"Grace", "Hopper", true}, {"Alan", "Turing", false}}

// tour creates users whose logins start with prefix and a group, works with them, and deletes them.
func tour(ctx context.Context, out io.Writer, client *okta.Client, prefix string) (err error) {
	// Clean up whatever was created, even after a failure.
	var users []*okta.User
	var group *okta.Group
	defer func() {
		fmt.Fprintln(out, "7. Cleaning up")
		if group != nil {
			if _, cerr := client.Groups.Delete(ctx, group.ID); cerr != nil {
				err = errors.Join(err, cerr)
			} else {
				fmt.Fprintf(out, "   deleted the group %q\n", group.Profile.Name)
			}
		}
		for _, u := range users {
			// The first DELETE deactivates a user, the second deletes it.
			_, cerr := client.Users.Delete(ctx, u.ID, nil)
			if cerr == nil {
				_, cerr = client.Users.Delete(ctx, u.ID, nil)
			}
			if cerr != nil {
				err = errors.Join(err, cerr)
				continue
			}
			fmt.Fprintf(out, "   deactivated and deleted %s\n", u.Profile.Login)
		}
		if err == nil {
			fmt.Fprintln(out, "Done.")
		}
	}()

	fmt.Fprintln(out, "1. Creating users")
	for _, p := range people {
		login := fmt.Sprintf("%s.%s@example.com", prefix, strings.ToLower(p.first))
		u, _, err := client.Users.Create(ctx, &okta.CreateUserRequest{
			Profile:     &okta.UserProfile{Login: login, Email: login, FirstName: p.first, LastName: p.last},
			Credentials: &okta.UserCredentials{Password: &okta.PasswordCredential{Value: "Quick-st4rt-" + rand.Text()[:8]}},
		}, &okta.UsersCreateOptions{Activate: new(p.activate)})
		if err != nil {
			return fmt.Errorf("creating %s: %w", login, err)
		}
		users = append(users, u)
		fmt.Fprintf(out, "   created %s (%s)\n", u.Profile.Login, u.Status)
	}

	fmt.Fprintln(out, "2. Creating a group")
	group, _, err = client.Groups.Create(ctx, &okta.Group{Profile: &okta.GroupProfile{
		Name: prefix + " engineers", Description: "Created by the okta SDK quickstart"}})
	if err != nil {
		return fmt.Errorf("creating the group: %w", err)
	}
	fmt.Fprintf(out, "   created the group %q (%s)\n", group.Profile.Name, group.Type)

	fmt.Fprintln(out, "3. Adding the active users to it")
	for _, u := range users {
		if u.Status != okta.UserStatusActive {
			continue
		}
		if _, err := client.Groups.AddUser(ctx, group.ID, u.ID); err != nil {
			return fmt.Errorf("adding %s: %w", u.Profile.Login, err)
		}
		fmt.Fprintf(out, "   added %s\n", u.Profile.Login)
	}

	fmt.Fprintln(out, "4. Listing the users two at a time with a Next loop")
	it := client.Users.ListIter(ctx, &okta.UsersListOptions{Q: prefix, Limit: 2})
	pages, last := 0, (*okta.Response)(nil)
	for it.Next() {
		if it.Response() != last { // a new page was fetched
			last = it.Response()
			pages++
		}
		u := it.Value()
		fmt.Fprintf(out, "   page %d: %s (%s)\n", pages, u.Profile.Login, u.Status)
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("listing users: %w", err)
	}

	fmt.Fprintln(out, "5. Listing the group's members with range")
	for u, err := range client.Groups.ListUsersIter(ctx, group.ID, nil).All() {
		if err != nil {
			return fmt.Errorf("listing members: %w", err)
		}
		fmt.Fprintf(out, "   %s %s <%s>\n", u.Profile.FirstName, u.Profile.LastName, u.Profile.Login)
	}

	fmt.Fprintln(out, "6. Handling an error")
	showNotFound(ctx, out, client, prefix+".nobody@example.com")
	return nil
}

// browse looks around an org without changing anything.
func browse(ctx context.Context, out io.Writer, client *okta.Client) error {
	fmt.Fprintln(out, "1. The first users, with a Next loop")
	it := client.Users.ListIter(ctx, &okta.UsersListOptions{Limit: 5})
	for n := 0; n < 10 && it.Next(); n++ {
		u := it.Value()
		fmt.Fprintf(out, "   %s (%s)\n", u.Profile.Login, u.Status)
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("listing users: %w", err)
	}

	fmt.Fprintln(out, "2. The first groups, with range")
	n := 0
	for g, err := range client.Groups.ListIter(ctx, &okta.GroupsListOptions{Limit: 5}).All() {
		if errors.Is(err, okta.ErrForbidden) {
			fmt.Fprintln(out, "   not allowed: the credentials lack the okta.groups.read scope")
			break
		}
		if err != nil {
			return fmt.Errorf("listing groups: %w", err)
		}
		fmt.Fprintf(out, "   %s (%s)\n", g.Profile.Name, g.Type)
		if n++; n == 10 {
			break // stops fetching pages
		}
	}

	fmt.Fprintln(out, "3. Handling an error")
	showNotFound(ctx, out, client, "quickstart.nobody@example.com")
	return nil
}

// showNotFound asks for a user who does not exist and shows how to tell that error apart.
func showNotFound(ctx context.Context, out io.Writer, client *okta.Client, login string) {
	_, _, err := client.Users.Get(ctx, login, nil)
	var oe *okta.Error
	switch {
	case errors.Is(err, okta.ErrNotFound) && errors.As(err, &oe):
		fmt.Fprintf(out, "   %s: not found, as expected (%s: %s)\n", login, oe.ErrorCode, oe.ErrorSummary)
	case err != nil:
		fmt.Fprintf(out, "   %s: unexpected error: %v\n", login, err)
	default:
		fmt.Fprintf(out, "   %s exists after all\n", login)
	}
}
