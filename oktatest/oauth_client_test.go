package oktatest

import (
	"crypto/x509"
	"encoding/pem"
	"errors"
	"testing"

	"github.com/oktakit/okta"
)

// rsaKeyPEM is rsaKey as PKCS#8 PEM, the way a service app's key is usually stored.
func rsaKeyPEM(t *testing.T) []byte {
	t.Helper()
	der, err := x509.MarshalPKCS8PrivateKey(rsaKey())
	if err != nil {
		t.Fatal(err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der})
}

// TestClientWithPrivateKey authenticates the SDK's client as a service app, with and without DPoP, and checks
// that the scopes it asked for are enforced.
func TestClientWithPrivateKey(t *testing.T) {
	t.Parallel()
	for _, dpop := range []bool{false, true} {
		name := "Bearer"
		if dpop {
			name = "DPoP"
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			opts := []Option{WithServiceApp(clientID, rsaKey().Public(), "okta.users.read", "okta.users.manage", "okta.groups.read")}
			clientOpts := []okta.Option{okta.WithOrgURL(""), okta.WithInsecureHTTP(), okta.WithPrivateKey(clientID, rsaKeyPEM(t), "okta.users.read")}
			if dpop {
				opts = append(opts, WithDPoPRequired(clientID))
				clientOpts = append(clientOpts, okta.WithDPoP())
			}
			s := newTestServer(t, append(opts, WithUsers(User{Profile: map[string]any{"login": "ann@example.com", "firstName": "A", "lastName": "L"}}))...)
			clientOpts[0] = okta.WithOrgURL(s.URL)
			c, err := okta.NewClient(clientOpts...)
			if err != nil {
				t.Fatal(err)
			}
			ctx := t.Context()
			for range 2 { // the second call reuses the token
				users, _, err := c.Users.List(ctx, nil)
				if err != nil || len(users) != 1 {
					t.Fatalf("List: %v, %v", users, err)
				}
			}
			_, _, err = c.Users.Create(ctx, &okta.CreateUserRequest{Profile: &okta.UserProfile{
				Login: "new@example.com", Email: "new@example.com", FirstName: "N", LastName: "U"}}, nil)
			var oe *okta.Error
			if !errors.Is(err, okta.ErrForbidden) || !errors.As(err, &oe) || oe.ErrorCode != "E0000006" {
				t.Errorf("creating a user with okta.users.read: %v", err)
			}
			if _, _, err := c.Groups.List(ctx, nil); !errors.Is(err, okta.ErrForbidden) {
				t.Errorf("listing groups without okta.groups.read: %v", err)
			}
			tokens := 0
			for _, r := range s.Requests() {
				if r.Path == "/oauth2/v1/token" && r.Status == 200 {
					tokens++
				}
			}
			if tokens != 1 {
				t.Errorf("%d tokens issued, want 1 for all the calls", tokens)
			}
		})
	}
}

func TestClientWithUnknownKey(t *testing.T) {
	t.Parallel()
	s := newTestServer(t, WithServiceApp("0oaother", rsaKey().Public(), "okta.users.read"))
	c, err := okta.NewClient(okta.WithOrgURL(s.URL), okta.WithInsecureHTTP(), okta.WithPrivateKey(clientID, rsaKeyPEM(t), "okta.users.read"))
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = c.Users.List(t.Context(), nil)
	var oe *okta.Error
	if !errors.As(err, &oe) || oe.ErrorCode != "invalid_client" {
		t.Errorf("err = %v, want invalid_client", err)
	}
}
