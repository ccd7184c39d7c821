package okta

import (
	"bytes"
	"context"
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"golang.org/x/oauth2"
)

// indentPEM prefixes every line of s, as a PEM pasted into a YAML block is.
func indentPEM(s, prefix string) string {
	var b strings.Builder
	for l := range strings.Lines(s) {
		b.WriteString(prefix + l)
	}
	return b.String()
}

func TestParsePrivateKey(t *testing.T) {
	t.Parallel()
	rsaKey, p256, p384, p521 := oauthRSAKey(), oauthP256Key(), oauthP384Key(), oauthP521Key()
	p384Params := pemBlockText("EC PARAMETERS", authMust(asn1.Marshal(asn1.ObjectIdentifier{1, 3, 132, 0, 34})))
	tests := []struct {
		name string
		key  string
		want crypto.Signer
		kid  string
	}{
		{"PKCS#1 RSA", pkcs1PEM(rsaKey), rsaKey, ""},
		{"PKCS#8 RSA", pkcs8PEM(rsaKey), rsaKey, ""},
		{"PKCS#8 EC P-256", pkcs8PEM(p256), p256, ""},
		{"PKCS#8 EC P-521", pkcs8PEM(p521), p521, ""},
		{"SEC1 EC P-256", sec1PEM(p256), p256, ""},
		{"SEC1 EC P-384 after EC PARAMETERS", p384Params + sec1PEM(p384), p384, ""},
		{"JWK RSA", jwkJSON(rsaKey, "rsa-kid"), rsaKey, "rsa-kid"},
		{"JWK EC", jwkJSON(p256, "ec-kid"), p256, "ec-kid"},
		{"JWK without kid", jwkJSON(p384, ""), p384, ""},
		{"JWK set with one key", `{"keys":[` + jwkJSON(p256, "set-kid") + `]}`, p256, "set-kid"},
		{"indented PEM", indentPEM(pkcs1PEM(rsaKey), "    "), rsaKey, ""},
		{"tab-indented PEM", indentPEM(sec1PEM(p256), "\t\t"), p256, ""},
		{"literal \\n escapes", strings.ReplaceAll(pkcs8PEM(rsaKey), "\n", `\n`), rsaKey, ""},
		{"literal \\n escapes in quotes", `"` + strings.ReplaceAll(sec1PEM(p256), "\n", `\n`) + `"`, p256, ""},
		{"literal \\r\\n escapes", strings.ReplaceAll(pkcs8PEM(p384), "\n", `\r\n`), p384, ""},
		{"CRLF", strings.ReplaceAll(pkcs8PEM(p256), "\n", "\r\n"), p256, ""},
		{"one line with spaces", strings.ReplaceAll(strings.TrimSpace(pkcs1PEM(rsaKey)), "\n", " "), rsaKey, ""},
		{"surrounding blank lines", "\n\n  " + pkcs8PEM(p521) + "  \n\n", p521, ""},
		{"PKCS#8 labelled RSA PRIVATE KEY", pemBlockText("RSA PRIVATE KEY", authMust(x509.MarshalPKCS8PrivateKey(rsaKey))), rsaKey, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			key, kid, err := ParsePrivateKey([]byte(tt.key))
			if err != nil {
				t.Fatalf("ParsePrivateKey: %v", err)
			}
			if !tt.want.Public().(interface{ Equal(crypto.PublicKey) bool }).Equal(key.Public()) {
				t.Errorf("got a different key")
			}
			if kid != tt.kid {
				t.Errorf("kid = %q, want %q", kid, tt.kid)
			}
		})
	}
}

func TestParsePrivateKeyErrors(t *testing.T) {
	t.Parallel()
	rsaKey, p256 := oauthRSAKey(), oauthP256Key()
	small := authMust(rsa.GenerateKey(rand.Reader, 1024))
	p224 := authMust(ecdsa.GenerateKey(elliptic.P224(), rand.Reader))
	_, edKey := authMust2(ed25519.GenerateKey(rand.Reader))
	cert := authMust(x509.CreateCertificate(rand.Reader, &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "x"}},
		&x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "x"}}, &p256.PublicKey, p256))
	body := pkcs1PEM(rsaKey)
	corrupt := strings.Replace(body, "\n", "\n!!!!", 3)
	truncated := pemBlockText("PRIVATE KEY", authMust(x509.MarshalPKCS8PrivateKey(rsaKey))[:300])
	legacy := string(pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Headers: map[string]string{"Proc-Type": "4,ENCRYPTED", "DEK-Info": "AES-128-CBC,00"}, Bytes: x509.MarshalPKCS1PrivateKey(rsaKey)}))
	var jwk map[string]any
	json.Unmarshal([]byte(jwkJSON(rsaKey, "k")), &jwk)
	delete(jwk, "p")
	noP := string(authMust(json.Marshal(jwk)))

	tests := []struct {
		name, key, want string
	}{
		{"empty", "", "empty"},
		{"blank", " \n\t", "empty"},
		{"quotes only", `""`, "empty"},
		{"not a key", "hunter2", "neither PEM"},
		{"a path", "/etc/okta/key.pem", "neither PEM"},
		{"broken JSON", `{"kty":"RSA",`, "not valid JSON"},
		{"PKIX public key", pemBlockText("PUBLIC KEY", authMust(x509.MarshalPKIXPublicKey(&rsaKey.PublicKey))), "public key"},
		{"PKCS#1 public key", pemBlockText("RSA PUBLIC KEY", x509.MarshalPKCS1PublicKey(&rsaKey.PublicKey)), "public key"},
		{"certificate", pemBlockText("CERTIFICATE", cert), "certificate"},
		{"encrypted PKCS#8", pemBlockText("ENCRYPTED PRIVATE KEY", []byte("opaque")), "encrypted"},
		{"legacy encrypted PEM", legacy, "encrypted"},
		{"OpenSSH", pemBlockText("OPENSSH PRIVATE KEY", []byte("opaque")), "OpenSSH"},
		{"corrupt base64", corrupt, "no block decodes"},
		{"truncated DER", truncated, "does not parse"},
		{"RSA 1024", pkcs1PEM(small), "1024 bits"},
		{"EC P-224", sec1PEM(p224), "P-224"},
		{"Ed25519", pkcs8PEM(edKey), "Ed25519"},
		{"public JWK", string(authMust(json.Marshal(map[string]string{"kty": "EC", "crv": "P-256", "x": "AA", "y": "AA"}))), "public key"},
		{"symmetric JWK", `{"kty":"oct","k":"c2VjcmV0"}`, `kty is "oct"`},
		{"JWK without kty", `{"d":"AA"}`, "no kty"},
		{"JWK missing p", noP, "invalid"},
		{"JWK set of two", `{"keys":[` + jwkJSON(p256, "a") + `,` + jwkJSON(p256, "b") + `]}`, "2 keys"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			key, _, err := ParsePrivateKey([]byte(tt.key))
			if err == nil {
				t.Fatalf("ParsePrivateKey succeeded with a %T", key)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "okta: ") || !strings.Contains(msg, tt.want) {
				t.Errorf("error %q, want one starting with okta: and containing %q", msg, tt.want)
			}
			assertNoSecrets(t, "error", msg, inputSecrets(tt.key))
		})
	}
}

func authMust2[A, B any](a A, b B, err error) (A, B) {
	if err != nil {
		panic(err)
	}
	return a, b
}

// inputSecrets returns the parts of a key text that are key material: base64 lines and JWK members.
func inputSecrets(key string) []string {
	var out []string
	for l := range strings.Lines(strings.ReplaceAll(key, `\n`, "\n")) {
		if l = strings.TrimSpace(l); len(l) >= 16 && !strings.Contains(l, "-----") && !strings.HasPrefix(l, "{") {
			out = append(out, l)
		}
	}
	var jwk map[string]any
	if json.Unmarshal([]byte(key), &jwk) == nil {
		for _, m := range []string{"d", "p", "q", "dp", "dq", "qi", "k"} {
			if s, _ := jwk[m].(string); len(s) > 4 {
				out = append(out, s)
			}
		}
	}
	return out
}

// assertNoSecrets fails the test if text contains any of secrets.
func assertNoSecrets(t *testing.T, what, text string, secrets []string) {
	t.Helper()
	for _, s := range secrets {
		if s != "" && strings.Contains(text, s) {
			t.Errorf("%s reveals a secret (%.12s...): %.300s", what, s, text)
		}
	}
}

// kmsSigner hides the concrete key type, as a KMS or HSM signer does.
type kmsSigner struct{ key crypto.Signer }

func (k kmsSigner) Public() crypto.PublicKey { return k.key.Public() }
func (k kmsSigner) Sign(r io.Reader, digest []byte, opts crypto.SignerOpts) ([]byte, error) {
	return k.key.Sign(r, digest, opts)
}

// failingSigner is a KMS key that is unreachable.
type failingSigner struct{ crypto.Signer }

func (failingSigner) Sign(io.Reader, []byte, crypto.SignerOpts) ([]byte, error) {
	return nil, errors.New("kms: access denied")
}

func TestNewClientOAuthErrors(t *testing.T) {
	t.Parallel()
	pemKey := []byte(pkcs8PEM(oauthP256Key()))
	_, edKey := authMust2(ed25519.GenerateKey(rand.Reader))
	scopes := strings.Fields(oauthScopes)
	tests := []struct {
		name string
		opts []Option
		want string
	}{
		{"no credentials", nil, "no credentials"},
		{"empty client ID", []Option{WithPrivateKey(" ", pemKey, scopes...)}, "WithPrivateKey: the client ID is empty"},
		{"no scopes", []Option{WithPrivateKey(oauthClientID, pemKey)}, "WithPrivateKey: no scopes"},
		{"blank scopes", []Option{WithPrivateKey(oauthClientID, pemKey, "", " ")}, "no scopes"},
		{"empty key", []Option{WithPrivateKey(oauthClientID, nil, scopes...)}, "WithPrivateKey: the private key is empty"},
		{"bad key", []Option{WithPrivateKey(oauthClientID, []byte("-----BEGIN PRIVATE KEY-----\nMIIBVQ==\n-----END PRIVATE KEY-----"), scopes...)}, "WithPrivateKey: the PRIVATE KEY PEM block does not parse"},
		{"public key", []Option{WithPrivateKey(oauthClientID, []byte(pemBlockText("PUBLIC KEY", authMust(x509.MarshalPKIXPublicKey(oauthP256Key().Public())))), scopes...)}, "public key"},
		{"key and API token", []Option{WithAPIToken("t"), WithPrivateKey(oauthClientID, pemKey, scopes...)}, "more than one kind of credentials configured (WithAPIToken, WithPrivateKey)"},
		{"key and signer", []Option{WithPrivateKey(oauthClientID, pemKey, scopes...), WithSigner(oauthClientID, oauthP256Key(), "", scopes...)}, "(WithPrivateKey, WithSigner)"},
		{"key and token source", []Option{WithPrivateKey(oauthClientID, pemKey, scopes...), WithTokenSource(oauth2.StaticTokenSource(&oauth2.Token{AccessToken: "x"}))}, "(WithPrivateKey, WithTokenSource)"},
		{"nil signer", []Option{WithSigner(oauthClientID, nil, "", scopes...)}, "WithSigner: the signer is nil"},
		{"Ed25519 signer", []Option{WithSigner(oauthClientID, edKey, "", scopes...)}, "WithSigner: the key is Ed25519"},
		{"signer without client ID", []Option{WithSigner("", oauthP256Key(), "", scopes...)}, "WithSigner: the client ID is empty"},
		{"nil token source", []Option{WithTokenSource(nil)}, "WithTokenSource: the token source is nil"},
		{"DPoP with an API token", []Option{WithAPIToken("t"), WithDPoP()}, "WithDPoP works with WithPrivateKey or WithSigner only, not WithAPIToken"},
		{"DPoP with a token source", []Option{WithTokenSource(oauth2.StaticTokenSource(&oauth2.Token{AccessToken: "x"})), WithDPoP()}, "not WithTokenSource"},
		{"zero DPoP rotation", []Option{WithPrivateKey(oauthClientID, pemKey, scopes...), WithDPoP(), WithDPoPKeyRotation(0)}, "WithDPoPKeyRotation: 0s is not positive"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c, err := NewClient(append([]Option{WithOrgURL("https://acme.okta.com")}, tt.opts...)...)
			if err == nil {
				t.Fatalf("NewClient succeeded: %v", c)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q, want it to contain %q", err, tt.want)
			}
			assertNoSecrets(t, "error", err.Error(), append(inputSecrets(string(pemKey)), keySecrets(oauthP256Key())...))
		})
	}
}

// TestPrivateKeyOAuth is the "done when": a client configured only with a client ID, scopes and a
// private key (PEM or JWK, RSA or EC) lists users from a server that demands valid OAuth, with and without
// DPoP.
func TestPrivateKeyOAuth(t *testing.T) {
	t.Parallel()
	rsaKey, p256, p384, p521 := oauthRSAKey(), oauthP256Key(), oauthP384Key(), oauthP521Key()
	tests := []struct {
		name string
		key  crypto.Signer
		text string
		kid  string // the kid the server expects
		opts []Option
	}{
		{"RSA PKCS#1 PEM", rsaKey, pkcs1PEM(rsaKey), "", nil},
		{"RSA PKCS#8 PEM with WithKeyID", rsaKey, pkcs8PEM(rsaKey), "rsa-option-kid", []Option{WithKeyID("rsa-option-kid")}},
		{"EC P-256 SEC1 PEM", p256, sec1PEM(p256), "", nil},
		{"EC P-384 PKCS#8 PEM, indented", p384, indentPEM(pkcs8PEM(p384), "  "), "", nil},
		{"RSA JWK", rsaKey, jwkJSON(rsaKey, "rsa-jwk-kid"), "rsa-jwk-kid", nil},
		{"EC P-521 JWK", p521, jwkJSON(p521, "ec-jwk-kid"), "ec-jwk-kid", nil},
		{"EC JWK with WithKeyID", p256, jwkJSON(p256, "jwk-kid"), "option-kid", []Option{WithKeyID("option-kid")}},
	}
	for _, tt := range tests {
		for _, dpop := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/DPoP=%v", tt.name, dpop), func(t *testing.T) {
				t.Parallel()
				f := newOAuthServer(t, tt.key.Public())
				f.kid = tt.kid
				opts := tt.opts
				if dpop {
					f.withDPoP()
					opts = append(opts, WithDPoP())
				}
				c := f.client(t, []byte(tt.text), opts...)
				for range 3 {
					users, resp, err := c.Users.List(t.Context(), &UsersListOptions{Limit: 1})
					if err != nil {
						t.Fatalf("List: %v", err)
					}
					if resp.StatusCode != http.StatusOK || len(users) != 1 || users[0].Profile.Login != "ada@example.com" {
						t.Fatalf("List = %d %+v", resp.StatusCode, users)
					}
				}
				tokens, resources := f.counts()
				wantTokens := 1
				if dpop {
					wantTokens = 2 // Okta answers the first token request with a nonce challenge
				}
				if tokens != wantTokens || resources != 3 {
					t.Errorf("token requests = %d, resource requests = %d; want %d and 3", tokens, resources, wantTokens)
				}
			})
		}
	}
}

func TestWithSigner(t *testing.T) {
	t.Parallel()
	for _, key := range []crypto.Signer{oauthRSAKey(), oauthP384Key()} {
		for _, dpop := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/DPoP=%v", jwsAlgFor(key.Public()), dpop), func(t *testing.T) {
				t.Parallel()
				f := newOAuthServer(t, key.Public())
				f.kid = "kms-key-1"
				// Scopes from a config file arrive as one space-separated string.
				opts := []Option{WithSigner(oauthClientID, kmsSigner{key}, "kms-key-1", oauthScopes)}
				if dpop {
					f.withDPoP()
					opts = append(opts, WithDPoP())
				}
				c := f.clientWith(t, opts...)
				if _, _, err := c.Users.List(t.Context(), nil); err != nil {
					t.Fatalf("List: %v", err)
				}
			})
		}
	}
}

func TestSignerFailure(t *testing.T) {
	t.Parallel()
	f := newOAuthServer(t, oauthP256Key().Public())
	c := f.clientWith(t, WithSigner(oauthClientID, failingSigner{oauthP256Key()}, "", oauthScopes), WithMaxRetries(0))
	_, _, err := c.Users.List(t.Context(), nil)
	if err == nil || !strings.Contains(err.Error(), "signing the client assertion") || !strings.Contains(err.Error(), "kms: access denied") {
		t.Errorf("List error = %v, want the signer's failure", err)
	}
	if tokens, resources := f.counts(); tokens != 0 || resources != 0 {
		t.Errorf("token requests = %d, resource requests = %d; want none", tokens, resources)
	}
}

func TestTokenCachedAndRefreshedBeforeExpiry(t *testing.T) {
	t.Parallel()
	clock := newAuthClock()
	f := newOAuthServer(t, oauthP256Key().Public())
	f.now = clock.Now
	c := f.client(t, []byte(sec1PEM(oauthP256Key())))
	list := func(wantTokens int) {
		t.Helper()
		if _, _, err := c.Users.List(t.Context(), nil); err != nil {
			t.Fatalf("List: %v", err)
		}
		if tokens, _ := f.counts(); tokens != wantTokens {
			t.Fatalf("token requests = %d, want %d", tokens, wantTokens)
		}
	}
	list(1)
	clock.Advance(58 * time.Minute)
	list(1) // cached
	clock.Advance(90 * time.Second)
	list(2) // 30s before expiry: renewed
	clock.Advance(3 * time.Hour)
	list(3) // long expired: renewed

	// A token that lives 10 seconds is renewed after half its life.
	f.ttl = 10 * time.Second
	clock.Advance(2 * time.Hour)
	list(4)
	clock.Advance(4 * time.Second)
	list(4)
	clock.Advance(2 * time.Second)
	list(5)
}

func TestTokenEndpointOutageKeepsValidToken(t *testing.T) {
	t.Parallel()
	clock := newAuthClock()
	f := newOAuthServer(t, oauthP256Key().Public())
	f.now = clock.Now
	c := f.client(t, []byte(sec1PEM(oauthP256Key())), WithMaxRetries(0))
	if _, _, err := c.Users.List(t.Context(), nil); err != nil {
		t.Fatalf("List: %v", err)
	}
	f.onToken = func(w http.ResponseWriter, _ *http.Request) bool {
		http.Error(w, "down for maintenance", http.StatusServiceUnavailable)
		return true
	}
	// Due for renewal, the renewal fails, the token still lives: the call goes through with it.
	clock.Advance(59*time.Minute + 30*time.Second)
	if _, _, err := c.Users.List(t.Context(), nil); err != nil {
		t.Fatalf("List with a token due for renewal: %v", err)
	}
	// Expired, and no new one: the token endpoint's answer is the error.
	clock.Advance(time.Minute)
	_, _, err := c.Users.List(t.Context(), nil)
	var oe *Error
	if !errors.As(err, &oe) || oe.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("List error = %v, want the token endpoint's 503", err)
	}
	if tokens, resources := f.counts(); tokens != 3 || resources != 2 {
		t.Errorf("token requests = %d, resource requests = %d; want 3 and 2", tokens, resources)
	}
}

func TestTokenConcurrentFirstUse(t *testing.T) {
	t.Parallel()
	for _, dpop := range []bool{false, true} {
		t.Run(fmt.Sprintf("DPoP=%v", dpop), func(t *testing.T) {
			t.Parallel()
			synctest.Test(t, func(t *testing.T) {
				f := newMemOAuthServer(t, oauthP256Key().Public())
				var opts []Option
				if dpop {
					f.withDPoP()
					f.tokenNonce = false // one token request exactly
					opts = append(opts, WithDPoP())
				}
				release := make(chan struct{})
				f.onToken = func(http.ResponseWriter, *http.Request) bool {
					<-release
					return false
				}
				c := f.client(t, []byte(pkcs8PEM(oauthP256Key())), opts...)
				const n = 20
				errs := make([]error, n)
				var wg sync.WaitGroup
				for i := range n {
					wg.Go(func() { _, _, errs[i] = c.Users.List(t.Context(), nil) })
				}
				synctest.Wait() // every goroutine waits for the one token request
				if tokens, resources := f.counts(); tokens != 1 || resources != 0 {
					t.Errorf("while waiting: token requests = %d, resource requests = %d; want 1 and 0", tokens, resources)
				}
				close(release)
				wg.Wait()
				for _, err := range errs {
					if err != nil {
						t.Errorf("List: %v", err)
					}
				}
				if tokens, resources := f.counts(); tokens != 1 || resources != n {
					t.Errorf("token requests = %d, resource requests = %d; want 1 and %d", tokens, resources, n)
				}
			})
		})
	}
}

func TestTokenFetchCancelled(t *testing.T) {
	t.Parallel()
	synctest.Test(t, func(t *testing.T) {
		f := newMemOAuthServer(t, oauthP256Key().Public())
		entered, stopped := make(chan struct{}), make(chan struct{})
		f.onToken = func(w http.ResponseWriter, r *http.Request) bool {
			close(entered)
			<-r.Context().Done() // Okta is slow today
			close(stopped)
			return true
		}
		c := f.client(t, []byte(pkcs8PEM(oauthP256Key())))
		ctx, cancel := context.WithCancel(t.Context())
		errc := make(chan error)
		go func() {
			_, _, err := c.Users.List(ctx, nil)
			errc <- err
		}()
		<-entered
		cancel()
		if err := <-errc; !errors.Is(err, context.Canceled) {
			t.Errorf("List error = %v, want context.Canceled", err)
		}
		<-stopped // the token request was cancelled too (else the bubble deadlocks)
		if _, resources := f.counts(); resources != 0 {
			t.Errorf("resource requests = %d, want 0", resources)
		}
	})
}

func TestTokenFetchOutlivesOneCancelledWaiter(t *testing.T) {
	t.Parallel()
	synctest.Test(t, func(t *testing.T) {
		f := newMemOAuthServer(t, oauthP256Key().Public())
		release := make(chan struct{})
		f.onToken = func(http.ResponseWriter, *http.Request) bool {
			<-release
			return false
		}
		c := f.client(t, []byte(pkcs8PEM(oauthP256Key())))
		ctx, cancel := context.WithCancel(t.Context())
		errA, errB := make(chan error), make(chan error)
		go func() {
			_, _, err := c.Users.List(ctx, nil)
			errA <- err
		}()
		go func() {
			_, _, err := c.Users.List(t.Context(), nil)
			errB <- err
		}()
		synctest.Wait()
		cancel()
		if err := <-errA; !errors.Is(err, context.Canceled) {
			t.Errorf("cancelled List error = %v, want context.Canceled", err)
		}
		close(release)
		if err := <-errB; err != nil {
			t.Errorf("the other List failed: %v", err)
		}
		if tokens, resources := f.counts(); tokens != 1 || resources != 1 {
			t.Errorf("token requests = %d, resource requests = %d; want 1 and 1", tokens, resources)
		}
	})
}

func TestUnauthorizedRefreshesAndRetriesOnce(t *testing.T) {
	t.Parallel()
	for _, dpop := range []bool{false, true} {
		t.Run(fmt.Sprintf("DPoP=%v", dpop), func(t *testing.T) {
			t.Parallel()
			f := newOAuthServer(t, oauthRSAKey().Public())
			var opts []Option
			if dpop {
				f.withDPoP()
				f.tokenNonce = false
				opts = append(opts, WithDPoP())
			}
			c := f.client(t, []byte(pkcs1PEM(oauthRSAKey())), opts...)
			ctx := t.Context()
			if _, _, err := c.Users.List(ctx, nil); err != nil {
				t.Fatalf("List: %v", err)
			}

			// The cached token is revoked: the POST is refused, a new token fetched, the POST sent again
			// with the same body.
			f.revoke()
			user, _, err := c.Users.Create(ctx, &CreateUserRequest{Profile: &UserProfile{Login: "grace@example.com"}}, nil)
			if err != nil || user.ID != "00u2" {
				t.Fatalf("Create = %+v, %v", user, err)
			}
			if tokens, resources := f.counts(); tokens != 2 || resources != 3 {
				t.Errorf("token requests = %d, resource requests = %d; want 2 and 3", tokens, resources)
			}
			f.mu.Lock()
			bodies := f.bodies
			f.mu.Unlock()
			if len(bodies) != 2 || bodies[0] != bodies[1] || !strings.Contains(bodies[0], "grace@example.com") {
				t.Errorf("POST bodies = %q, want the same body twice", bodies)
			}

			// Every token is refused: one refresh and one retry, not more.
			f.mu.Lock()
			f.rejectAll = true
			f.mu.Unlock()
			_, _, err = c.Users.List(ctx, nil)
			var oe *Error
			if !errors.As(err, &oe) || !errors.Is(err, ErrUnauthorized) || oe.ErrorCode != "E0000011" {
				t.Fatalf("List error = %v, want a 401 *Error", err)
			}
			if tokens, resources := f.counts(); tokens != 3 || resources != 5 {
				t.Errorf("token requests = %d, resource requests = %d; want 3 and 5", tokens, resources)
			}

			// A token fetched for the request itself is not fetched again after a 401.
			_, _, err = c.Users.List(ctx, nil)
			if !errors.Is(err, ErrUnauthorized) {
				t.Fatalf("List error = %v, want 401", err)
			}
			if tokens, resources := f.counts(); tokens != 4 || resources != 7 {
				t.Errorf("token requests = %d, resource requests = %d; want 4 and 7", tokens, resources)
			}
			c2 := f.client(t, []byte(pkcs1PEM(oauthRSAKey())), opts...)
			if _, _, err := c2.Users.List(ctx, nil); !errors.Is(err, ErrUnauthorized) {
				t.Fatalf("List error = %v, want 401", err)
			}
			if tokens, resources := f.counts(); tokens != 5 || resources != 8 {
				t.Errorf("token requests = %d, resource requests = %d; want 5 and 8", tokens, resources)
			}
		})
	}
}

func TestTokenEndpointErrors(t *testing.T) {
	t.Parallel()
	key := oauthP256Key()
	tests := []struct {
		name       string
		setup      func(f *oauthServer)
		scopes     []string
		status     int
		code, desc string
	}{
		{"signature by another key", func(f *oauthServer) { f.pub = oauthP384Key().Public() }, nil,
			http.StatusUnauthorized, "invalid_client", "alg ES256, want ES384"},
		{"unknown key", func(f *oauthServer) { f.pub = &authMust(ecdsa.GenerateKey(elliptic.P256(), rand.Reader)).PublicKey }, nil,
			http.StatusUnauthorized, "invalid_client", "The client_assertion signature is invalid."},
		{"wrong kid", func(f *oauthServer) { f.kid = "other" }, nil,
			http.StatusUnauthorized, "invalid_client", `kid "", want "other"`},
		{"scope not granted", nil, []string{"okta.apps.manage"},
			http.StatusBadRequest, "invalid_scope", `The following scopes are not allowed: "okta.apps.manage"`},
		{"server error", func(f *oauthServer) {
			f.onToken = func(w http.ResponseWriter, _ *http.Request) bool {
				http.Error(w, "<html><title>Service Unavailable</title></html>", http.StatusServiceUnavailable)
				return true
			}
		}, nil, http.StatusServiceUnavailable, "", "Service Unavailable"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := newOAuthServer(t, key.Public())
			if tt.setup != nil {
				tt.setup(f)
			}
			scopes := tt.scopes
			if scopes == nil {
				scopes = strings.Fields(oauthScopes)
			}
			c := f.clientWith(t, WithPrivateKey(oauthClientID, []byte(sec1PEM(key)), scopes...))
			_, resp, err := c.Users.List(t.Context(), nil)
			var oe *Error
			if !errors.As(err, &oe) {
				t.Fatalf("List error = %v (%T), want an *okta.Error", err, err)
			}
			if oe.StatusCode != tt.status || oe.ErrorCode != tt.code || oe.ErrorSummary != tt.desc {
				t.Errorf("error = %d %q %q, want %d %q %q", oe.StatusCode, oe.ErrorCode, oe.ErrorSummary, tt.status, tt.code, tt.desc)
			}
			if resp != nil {
				t.Errorf("resp = %v, want nil: the API call was never sent", resp)
			}
			if !strings.Contains(err.Error(), "requesting an access token") {
				t.Errorf("error %q does not say it comes from the token request", err)
			}
			if tokens, resources := f.counts(); tokens != 1 || resources != 0 {
				t.Errorf("token requests = %d, resource requests = %d; want 1 and 0", tokens, resources)
			}
		})
	}
}

func TestTokenRequestRateLimited(t *testing.T) {
	t.Parallel()
	f := newOAuthServer(t, oauthRSAKey().Public())
	f.onToken = func(w http.ResponseWriter, _ *http.Request) bool {
		if tokens, _ := f.counts(); tokens <= 2 {
			oauthRateLimited(w)
			return true
		}
		return false
	}
	c := f.client(t, []byte(pkcs8PEM(oauthRSAKey())))
	if _, _, err := c.Users.List(t.Context(), nil); err != nil {
		t.Fatalf("List: %v", err)
	}
	// The two 429s were retried with fresh assertions (the server refuses a replayed jti).
	if tokens, resources := f.counts(); tokens != 3 || resources != 1 {
		t.Errorf("token requests = %d, resource requests = %d; want 3 and 1", tokens, resources)
	}
}

func TestWithTokenSource(t *testing.T) {
	t.Parallel()
	f := newOAuthServer(t, oauthP256Key().Public())
	f.tokens["caller-token"] = &issuedToken{expiry: time.Now().Add(time.Hour)}
	c := f.clientWith(t, WithTokenSource(oauth2.StaticTokenSource(&oauth2.Token{AccessToken: "caller-token"})))
	if _, _, err := c.Users.List(t.Context(), nil); err != nil {
		t.Fatalf("List: %v", err)
	}

	failing := oauth2.ReuseTokenSource(nil, tokenSourceFunc(func() (*oauth2.Token, error) { return nil, errors.New("vault sealed") }))
	c = f.clientWith(t, WithTokenSource(failing), WithMaxRetries(0))
	if _, _, err := c.Users.List(t.Context(), nil); err == nil || !strings.Contains(err.Error(), "the token source failed: vault sealed") {
		t.Errorf("List error = %v, want the token source's failure", err)
	}
	if tokens, resources := f.counts(); tokens != 0 || resources != 1 {
		t.Errorf("token requests = %d, resource requests = %d; want 0 and 1", tokens, resources)
	}
}

type tokenSourceFunc func() (*oauth2.Token, error)

func (f tokenSourceFunc) Token() (*oauth2.Token, error) { return f() }

func TestTokenSourceIsOAuth2TokenSource(t *testing.T) {
	t.Parallel()
	f := newOAuthServer(t, oauthP256Key().Public())
	c := f.client(t, []byte(pkcs8PEM(oauthP256Key())))
	var ts oauth2.TokenSource = c.creds.(*tokenCredentials).src
	tok, err := ts.Token()
	if err != nil {
		t.Fatalf("Token: %v", err)
	}
	if !tok.Valid() || tok.Type() != "Bearer" || time.Until(tok.Expiry) < 59*time.Minute {
		t.Errorf("Token = type %q, expiry %v, valid %v", tok.Type(), tok.Expiry, tok.Valid())
	}
	again, err := ts.Token()
	if err != nil || again.AccessToken != tok.AccessToken {
		t.Errorf("second Token = %v, want the cached token", err)
	}
	if tokens, _ := f.counts(); tokens != 1 {
		t.Errorf("token requests = %d, want 1", tokens)
	}
}

// authLogBuffer collects log output from many goroutines.
type authLogBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *authLogBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *authLogBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestNoSecretsInErrorsOrLogs runs the OAuth flows, good and bad, with debug logging on and checks that no
// private key, client assertion, access token or DPoP proof appears in a log line or an error.
func TestNoSecretsInErrorsOrLogs(t *testing.T) {
	t.Parallel()
	var logs authLogBuffer
	logger := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	key := oauthRSAKey()
	pemKey := []byte(pkcs8PEM(key))
	var errs []string
	var secrets []string
	ctx := t.Context()

	run := func(f *oauthServer, opts ...Option) {
		c := f.client(t, pemKey, append([]Option{WithLogger(logger)}, opts...)...)
		if _, _, err := c.Users.List(ctx, &UsersListOptions{Limit: 1}); err != nil {
			errs = append(errs, err.Error())
		}
		f.revoke() // the next call is refused, refreshes and retries
		if _, _, err := c.Users.Create(ctx, &CreateUserRequest{Profile: &UserProfile{Login: "x@example.com"}}, nil); err != nil {
			errs = append(errs, err.Error())
		}
		f.mu.Lock()
		f.rejectAll = true
		f.mu.Unlock()
		if _, _, err := c.Users.List(ctx, nil); err != nil {
			errs = append(errs, err.Error())
		}
		secrets = append(secrets, f.seen()...)
	}
	run(newOAuthServer(t, key.Public()))
	f := newOAuthServer(t, key.Public()).withDPoP()
	f.resourceNonce = true
	run(f, WithDPoP())
	// Failures: a refused assertion, DPoP on a Bearer-only app, endless nonce challenges.
	run(newOAuthServer(t, oauthP256Key().Public()))
	run(newOAuthServer(t, key.Public()), WithDPoP())
	endless := newOAuthServer(t, key.Public()).withDPoP()
	endless.onToken = func(w http.ResponseWriter, r *http.Request) bool {
		endless.verifyTokenRequest(r) // records the assertion and the proof
		w.Header().Set("DPoP-Nonce", "n-"+authMust(oauthRandomHex()))
		serveJSON(w, http.StatusBadRequest, []byte(`{"error":"use_dpop_nonce","error_description":"Authorization server requires nonce in DPoP proof."}`))
		return true
	}
	run(endless, WithDPoP())

	if len(secrets) < 10 || len(errs) < 8 {
		t.Errorf("only %d secrets and %d errors: the scenarios did not run", len(secrets), len(errs))
	}
	all := append(secrets, keySecrets(key)...)
	text := logs.String()
	for _, want := range []string{"path=/oauth2/v1/token", "path=/api/v1/users", `msg="okta access token" type=DPoP`,
		`reason="the cached access token was refused"`, `reason="the server asked for a new DPoP nonce"`,
		`reason="the server asked for a DPoP nonce"`} {
		if !strings.Contains(text, want) {
			t.Errorf("the log does not show %s:\n%s", want, text)
		}
	}
	assertNoSecrets(t, "log", text, all)
	for _, e := range errs {
		assertNoSecrets(t, "error", e, all)
	}
}

func oauthRandomHex() (string, error) {
	b, err := oauthRandom(8)
	return fmt.Sprintf("%x", b), err
}
