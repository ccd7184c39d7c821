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
	"os"
	"path/filepath"

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
	_, _, err = client.Users.Get(ctx, "nobody@example.com", nil)
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
			fmt.Println(cause.Field, "→", cause.Reason)
		}
	}
	// IsDuplicate tells a login (or name) already taken from other validation errors.
	if okta.IsDuplicate(err) {
		fmt.Println("ada@example.com exists already")
	}
	// Output:
	// no such user
	// 400 E0000001 Api validation failed: login
	// login → An object with this field already exists in the current organization
	// ada@example.com exists already
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
		user, _, err := client.Users.Get(ctx, login, nil) // by ID or login
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

func ExampleAppsService_Create() {
	srv := oktatest.NewServer()
	defer srv.Close()
	client, err := srv.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()

	// The Go type says which kind of app this is: an *OpenIDConnectApplication is sent with signOnMode
	// OPENID_CONNECT without repeating it.
	oidc := &okta.OpenIDConnectApplication{
		ApplicationBase: okta.ApplicationBase{Label: "Dashboard"},
		Settings: &okta.OpenIDConnectApplicationSettings{
			OAuthClient: &okta.OpenIDConnectApplicationSettingsClient{
				ApplicationType: okta.OpenIDConnectApplicationTypeWeb,
				GrantTypes:      []okta.OAuthGrantType{okta.OAuthGrantTypeAuthorizationCode},
				RedirectURIs:    []string{"https://dashboard.example.com/callback"},
			},
		},
	}
	if _, _, err := client.Apps.Create(ctx, oidc, nil); err != nil {
		log.Fatal(err)
	}
	bookmark := &okta.BookmarkApplication{ApplicationBase: okta.ApplicationBase{Label: "Wiki"}}
	if _, _, err := client.Apps.Create(ctx, bookmark, nil); err != nil {
		log.Fatal(err)
	}

	// A listed app is an Application: switch on its concrete type to reach its kind's settings.
	for app, err := range client.Apps.ListIter(ctx, nil).All() {
		if err != nil {
			log.Fatal(err)
		}
		switch app := app.(type) {
		case *okta.OpenIDConnectApplication:
			fmt.Println(app.Label, app.SignOnMode, app.Settings.OAuthClient.RedirectURIs)
		case *okta.BookmarkApplication:
			fmt.Println(app.Label, app.SignOnMode)
		default:
			fmt.Println(app.Base().Label, "of another kind:", app.Base().SignOnMode)
		}
	}
	// Output:
	// Dashboard OPENID_CONNECT [https://dashboard.example.com/callback]
	// Wiki BOOKMARK
}

func ExamplePoliciesService_CreateRule() {
	srv := oktatest.NewServer()
	defer srv.Close()
	client, err := srv.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()

	// A password policy: its type (PASSWORD) comes from the Go type. Counts are pointers so that 0 can be
	// sent; new(8) makes one in place (Go 1.26).
	policy, _, err := client.Policies.Create(ctx, &okta.PasswordPolicy{
		PolicyBase: okta.PolicyBase{Name: "Contractors", Priority: 1},
		Settings: &okta.PasswordPolicySettings{
			Password: &okta.PasswordPolicyPasswordSettings{
				Complexity: &okta.PasswordPolicyPasswordSettingsComplexity{MinLength: new(12), MinSymbol: new(0)},
			},
		},
	}, nil)
	if err != nil {
		log.Fatal(err)
	}
	// A rule of that policy: contractors may not reset or unlock on their own.
	rule, _, err := client.Policies.CreateRule(ctx, policy.Base().ID, &okta.PasswordPolicyRule{
		PolicyRuleBase: okta.PolicyRuleBase{Name: "No self-service"},
		Actions: &okta.PasswordPolicyRuleActions{
			PasswordChange:    &okta.PasswordPolicyRuleAction{Access: okta.PolicyAccessAllow},
			SelfServiceUnlock: &okta.PasswordPolicyRuleAction{Access: okta.PolicyAccessDeny},
		},
	}, nil)
	if err != nil {
		log.Fatal(err)
	}
	p := policy.(*okta.PasswordPolicy)
	fmt.Println(p.Name, p.Type, *p.Settings.Password.Complexity.MinLength)
	r := rule.(*okta.PasswordPolicyRule)
	fmt.Println(r.Name, r.Type, r.Actions.SelfServiceUnlock.Access)
	// Output:
	// Contractors PASSWORD 12
	// No self-service PASSWORD DENY
}

func ExampleAttr() {
	srv := newOrg()
	defer srv.Close()
	client, err := srv.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()

	// Custom profile attributes live in the profile's Extra: write them with SetAttr ...
	profile := &okta.UserProfile{Login: "ada@example.org", Email: "ada@example.org", FirstName: "Ada", LastName: "Lovelace"}
	okta.SetAttr(&profile.Extra, "favoriteColor", "teal")
	okta.SetAttr(&profile.Extra, "badgeNumber", 1815)
	user, _, err := client.Users.Create(ctx, &okta.CreateUserRequest{Profile: profile}, nil)
	if err != nil {
		log.Fatal(err)
	}

	// ... and read them by type with Attr, which reports whether the attribute holds a value of that type.
	color, ok := okta.Attr[string](user.Profile.Extra, "favoriteColor")
	fmt.Println(color, ok)
	badge, ok := okta.Attr[int](user.Profile.Extra, "badgeNumber")
	fmt.Println(badge, ok)
	_, ok = okta.Attr[string](user.Profile.Extra, "nickName")
	fmt.Println(ok)
	// Output:
	// teal true
	// 1815 true
	// false
}

func ExampleUsersService_Update() {
	srv := newOrg()
	defer srv.Close()
	client, err := srv.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()

	// Update is a partial update: it changes what is set and leaves the rest. A typed field left empty is not
	// sent; to clear an attribute, send null through Extra.
	patch := &okta.UserProfile{Title: "Countess"}
	patch.Extra.SetNull("department")
	user, _, err := client.Users.Update(ctx, "ada@example.com", &okta.UpdateUserRequest{Profile: patch}, nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s %q %q\n", user.Profile.FirstName, user.Profile.Title, user.Profile.Department)

	// Replace sends the whole user: get it, change it, send it back. What the value lacks is removed.
	user, _, err = client.Users.Get(ctx, "grace@example.com", nil)
	if err != nil {
		log.Fatal(err)
	}
	user.Profile.Department = ""
	user.Profile.Title = "Rear Admiral"
	user, _, err = client.Users.Replace(ctx, user.ID, user, nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s %q %q\n", user.Profile.FirstName, user.Profile.Title, user.Profile.Department)
	// Output:
	// ada "Countess" ""
	// grace "Rear Admiral" ""
}

func ExampleNewClientFromConfig() {
	srv := oktatest.NewServer()
	defer srv.Close()

	// NewClientFromConfig reads ~/.okta/okta.yaml, ./okta.yaml and OKTA_CLIENT_* variables. Here the home
	// directory is a temporary one holding a configuration for the fake org.
	home, err := os.MkdirTemp("", "okta-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(home)
	config := fmt.Sprintf(`okta:
  client:
    orgUrl: %s
    authorizationMode: SSWS
    token: %s
  testing:
    disableHttpsCheck: true # the fake org speaks plain HTTP; never with a real org
`, srv.URL, srv.Token)
	if err := os.MkdirAll(filepath.Join(home, ".okta"), 0o700); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(home, ".okta", "okta.yaml"), []byte(config), 0o600); err != nil {
		log.Fatal(err)
	}
	defer os.Setenv("HOME", os.Getenv("HOME"))
	os.Setenv("HOME", home)

	client, err := okta.NewClientFromConfig()
	if err != nil {
		log.Fatal(err)
	}
	users, _, err := client.Users.List(context.Background(), nil)
	fmt.Println(len(users), err)
	// Output: 0 <nil>
}

// Optional fields whose zero value means something (false, 0) are pointers; Go 1.26's new(expr) sets them in
// place, with no helper and no variable.
func Example_optionalFields() {
	srv := oktatest.NewServer()
	defer srv.Close()
	client, err := srv.NewClient()
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()

	// Activate: new(false) creates the user STAGED; leaving Activate nil takes Okta's default (true).
	user, _, err := client.Users.Create(ctx, &okta.CreateUserRequest{
		Profile: &okta.UserProfile{Login: "ada@example.com", Email: "ada@example.com", FirstName: "Ada", LastName: "Lovelace"},
	}, &okta.UsersCreateOptions{Activate: new(false)})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(user.Status)
	// Output: STAGED
}
