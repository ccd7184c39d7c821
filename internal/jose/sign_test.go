package jose

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"encoding/json"
	"io"
	"testing"

	gojose "github.com/go-jose/go-jose/v4"
)

// kmsKey hides the concrete key type, as a KMS or HSM signer does.
type kmsKey struct{ s crypto.Signer }

func (k kmsKey) Public() crypto.PublicKey { return k.s.Public() }
func (k kmsKey) Sign(r io.Reader, digest []byte, opts crypto.SignerOpts) ([]byte, error) {
	return k.s.Sign(r, digest, opts)
}

func TestSignerVerifies(t *testing.T) {
	t.Parallel()
	rsaKey, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	ec := func(c elliptic.Curve) crypto.Signer {
		k, err := ecdsa.GenerateKey(c, rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		return k
	}
	tests := []struct {
		name string
		key  crypto.Signer
		alg  string
	}{
		{"RSA", rsaKey, "RS256"},
		{"RSA in a KMS", kmsKey{rsaKey}, "RS256"},
		{"P-256", ec(elliptic.P256()), "ES256"},
		{"P-384 in a KMS", kmsKey{ec(elliptic.P384())}, "ES384"},
		{"P-521", ec(elliptic.P521()), "ES512"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			for _, h := range []Header{{Type: "JWT", KeyID: "kid-1"}, {Type: "dpop+jwt", EmbedJWK: true}} {
				s, err := NewSigner(tt.key, h)
				if err != nil {
					t.Fatalf("NewSigner: %v", err)
				}
				if s.Algorithm() != tt.alg {
					t.Errorf("Algorithm = %s, want %s", s.Algorithm(), tt.alg)
				}
				jwt, err := s.Sign(map[string]any{"jti": NewID()})
				if err != nil {
					t.Fatalf("Sign: %v", err)
				}
				jws, err := gojose.ParseSignedCompact(jwt, []gojose.SignatureAlgorithm{gojose.SignatureAlgorithm(tt.alg)})
				if err != nil {
					t.Fatalf("ParseSigned: %v", err)
				}
				payload, err := jws.Verify(tt.key.Public())
				if err != nil {
					t.Fatalf("Verify: %v", err)
				}
				var claims map[string]any
				if err := json.Unmarshal(payload, &claims); err != nil || claims["jti"] == "" {
					t.Errorf("claims = %s (%v)", payload, err)
				}
				hdr := jws.Signatures[0].Protected
				if got := hdr.ExtraHeaders["typ"]; got != h.Type {
					t.Errorf("typ = %v, want %s", got, h.Type)
				}
				if hdr.KeyID != h.KeyID {
					t.Errorf("kid = %q, want %q", hdr.KeyID, h.KeyID)
				}
				if h.EmbedJWK && (hdr.JSONWebKey == nil || !hdr.JSONWebKey.IsPublic()) {
					t.Errorf("jwk header = %+v, want the public key", hdr.JSONWebKey)
				}
				if !h.EmbedJWK && hdr.JSONWebKey != nil {
					t.Errorf("jwk header present without EmbedJWK")
				}
			}
		})
	}
}

func TestNewSignerRejects(t *testing.T) {
	t.Parallel()
	small, err := rsa.GenerateKey(rand.Reader, 1024)
	if err != nil {
		t.Fatal(err)
	}
	p224, err := ecdsa.GenerateKey(elliptic.P224(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	for name, key := range map[string]crypto.Signer{"nil": nil, "RSA 1024": small, "P-224": p224} {
		if _, err := NewSigner(key, Header{}); err == nil {
			t.Errorf("%s: NewSigner succeeded", name)
		}
	}
}

func TestNewIDUnique(t *testing.T) {
	t.Parallel()
	seen := map[string]bool{}
	for range 1000 {
		id := NewID()
		if seen[id] || len(id) != 22 {
			t.Fatalf("NewID = %q (seen before: %v)", id, seen[id])
		}
		seen[id] = true
	}
}
