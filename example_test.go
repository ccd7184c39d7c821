package okta_test

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"log"

	"github.com/oktakit/okta"
	"github.com/oktakit/okta/oktatest"
)

// These examples run against oktatest, a fake Okta org, so that they run (and are checked) with go test. Against
// a real org, build the client with okta.WithOrgURL("https://dev-123456.okta.com") and okta.WithAPIToken, or
// with okta.NewClientFromConfig.

// newOrg starts a fake org with a few users.
func newOrg() *oktatest.Server {
	var users []oktatest.User
	for _, name := range []string{"ada", "grace", "alan", "edsger", "barbara"} {
		users = append(users, oktatest.User{Profile: map[string]any{
			"login": name + "@example.com", "firstName": name, "lastName": "Example", "department": "Engineering"}})
	}
	return oktatest.NewServer(oktatest.WithUsers(users...))
}

func ExampleNewClient() {
	srv := oktatest.NewServer()
	defer srv.Close()

	client, err := okta.NewClient(
		okta.WithOrgURL(srv.URL), // https://dev-123456.okta.com for a real org
		okta.WithInsecureHTTP(),  // the fake org speaks plain HTTP; never use this with a real org
		okta.WithAPIToken(srv.Token),
	)
	if err != nil {
		log.Fatal(err)
	}
	users, _, err := client.Users.List(context.Background(), nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(users), "users")
	// Output: 0 users
}

func ExampleUsersService_Create() {
	srv := oktatest.NewServer()
	defer srv.Close()
	client, err := srv.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()

	user, _, err := client.Users.Create(ctx, &okta.CreateUserRequest{
		Profile: &okta.UserProfile{
			Login:     "ada@example.com",
			Email:     "ada@example.com",
			FirstName: "Ada",
			LastName:  "Lovelace",
		},
		Credentials: &okta.UserCredentials{Password: &okta.PasswordCredential{Value: "Analytical-Engine-1843"}},
	}, nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(user.Profile.Login, user.Status)

	// Without activation, the user is STAGED until Activate.
	staged, _, err := client.Users.Create(ctx, &okta.CreateUserRequest{
		Profile: &okta.UserProfile{Login: "alan@example.com", Email: "alan@example.com", FirstName: "Alan", LastName: "Turing"},
	}, &okta.UsersCreateOptions{Activate: new(false)})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(staged.Profile.Login, staged.Status)
	// Output:
	// ada@example.com ACTIVE
	// alan@example.com STAGED
}

func ExampleIterator_Next() {
	srv := newOrg()
	defer srv.Close()
	client, err := srv.NewClient()
	if err != nil {
		log.Fatal(err)
	}

	// The iterator fetches pages of two as it needs them.
	it := client.Users.ListIter(context.Background(), &okta.UsersListOptions{Limit: 2})
	for it.Next() {
		fmt.Println(it.Value().Profile.Login)
	}
	if err := it.Err(); err != nil {
		log.Fatal(err)
	}
	// Output:
	// ada@example.com
	// grace@example.com
	// alan@example.com
	// edsger@example.com
	// barbara@example.com
}

func ExampleIterator_All() {
	srv := newOrg()
	defer srv.Close()
	client, err := srv.NewClient()
	if err != nil {
		log.Fatal(err)
	}

	opts := &okta.UsersListOptions{Search: `profile.department eq "Engineering"`, Limit: 2}
	for user, err := range client.Users.ListIter(context.Background(), opts).All() {
		if err != nil {
			log.Fatal(err)
		}
		if user.Profile.Login == "edsger@example.com" {
			break // no more pages are fetched
		}
		fmt.Println(user.Profile.Login)
	}
	// Output:
	// ada@example.com
	// grace@example.com
	// alan@example.com
}

func ExampleUsersService_List() {
	srv := newOrg()
	defer srv.Close()
	client, err := srv.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()

	// One page at a time: resp.After is a cursor to store and resume from later.
	opts := &okta.UsersListOptions{Limit: 3}
	for page := 1; ; page++ {
		users, resp, err := client.Users.List(ctx, opts)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("page %d: %d users\n", page, len(users))
		if !resp.HasNextPage() {
			break
		}
		opts.After = resp.After
	}
	// Output:
	// page 1: 3 users
	// page 2: 2 users
}

func ExampleError() {
	srv := newOrg()
	defer srv.Close()
	client, err := srv.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()

	// The common cases match sentinel errors.
	_, _, err = client.Users.Get(ctx, "nobody@example.com")
	if errors.Is(err, okta.ErrNotFound) {
		fmt.Println("no such user")
	}

	// Every API error is an *okta.Error with Okta's code, summary and causes.
	_, _, err = client.Users.Create(ctx, &okta.CreateUserRequest{
		Profile: &okta.UserProfile{Login: "ada@example.com", Email: "ada@example.com", FirstName: "Ada", LastName: "Again"},
	}, nil)
	var oktaErr *okta.Error
	if errors.As(err, &oktaErr) {
		fmt.Println(oktaErr.StatusCode, oktaErr.ErrorCode, oktaErr.ErrorSummary)
		for _, cause := range oktaErr.ErrorCauses {
			fmt.Println(cause.ErrorSummary)
		}
	}
	// Output:
	// no such user
	// 400 E0000001 Api validation failed: login
	// login: An object with this field already exists in the current organization
}

func ExampleGroupsService_AddUser() {
	srv := newOrg()
	defer srv.Close()
	client, err := srv.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()

	group, _, err := client.Groups.Create(ctx, &okta.Group{Profile: &okta.GroupProfile{Name: "Compilers"}})
	if err != nil {
		log.Fatal(err)
	}
	for _, login := range []string{"grace@example.com", "barbara@example.com"} {
		user, _, err := client.Users.Get(ctx, login) // by ID or login
		if err != nil {
			log.Fatal(err)
		}
		if _, err := client.Groups.AddUser(ctx, group.ID, user.ID); err != nil {
			log.Fatal(err)
		}
	}
	for member, err := range client.Groups.ListUsersIter(ctx, group.ID, nil).All() {
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(member.Profile.Login)
	}
	// Output:
	// grace@example.com
	// barbara@example.com
}

func ExampleWithPrivateKey() {
	// A service app's key pair: Okta keeps the public key, the client signs with the private one.
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		log.Fatal(err)
	}
	der, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		log.Fatal(err)
	}
	privatePEM := pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der})

	srv := oktatest.NewServer(oktatest.WithServiceApp("0oa1serviceapp", &key.PublicKey, "okta.users.read", "okta.users.manage"))
	defer srv.Close()

	// The client gets access tokens with the scopes it asks for, and renews them as they expire.
	client, err := okta.NewClient(
		okta.WithOrgURL(srv.URL),
		okta.WithInsecureHTTP(),
		okta.WithPrivateKey("0oa1serviceapp", privatePEM, "okta.users.read"),
	)
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	users, _, err := client.Users.List(ctx, nil)
	fmt.Println(len(users), err)

	// okta.users.read does not allow creating users.
	_, _, err = client.Users.Create(ctx, &okta.CreateUserRequest{
		Profile: &okta.UserProfile{Login: "ada@example.com", Email: "ada@example.com", FirstName: "Ada", LastName: "Lovelace"},
	}, nil)
	fmt.Println(errors.Is(err, okta.ErrForbidden))
	// Output:
	// 0 <nil>
	// true
}
