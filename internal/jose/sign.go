package jose

import (
	"crypto"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"

	gojose "github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/cryptosigner"
)

// Signer signs compact JWTs with one key and a fixed protected header. It is safe for concurrent use.
type Signer struct {
	js  gojose.Signer
	alg gojose.SignatureAlgorithm
}

// Header is the fixed part of a Signer's protected header.
type Header struct {
	// Type is the typ header, such as "JWT" or "dpop+jwt".
	Type string
	// KeyID is the kid header; empty leaves it out.
	KeyID string
	// EmbedJWK puts the public key in the jwk header, as DPoP proofs need.
	EmbedJWK bool
}

// NewSigner returns a Signer for key, which may be held in memory or by a KMS or HSM. The algorithm follows
// the key: RS256 for RSA, ES256, ES384 or ES512 for ECDSA by curve.
func NewSigner(key crypto.Signer, h Header) (*Signer, error) {
	if key == nil {
		return nil, errors.New("the signer is nil")
	}
	alg, err := algorithm(key.Public())
	if err != nil {
		return nil, err
	}
	opts := &gojose.SignerOptions{EmbedJWK: h.EmbedJWK}
	if h.Type != "" {
		opts.WithType(gojose.ContentType(h.Type))
	}
	if h.KeyID != "" && !h.EmbedJWK {
		opts.WithHeader("kid", h.KeyID)
	}
	// cryptosigner turns any crypto.Signer into a JWS signer, converting ECDSA's ASN.1 signatures to the
	// fixed-size r||s form JWS wants; in-memory keys take the same path as KMS keys.
	js, err := gojose.NewSigner(gojose.SigningKey{Algorithm: alg, Key: cryptosigner.Opaque(key)}, opts)
	if err != nil {
		return nil, fmt.Errorf("preparing the %s signer: %w", alg, err)
	}
	return &Signer{js: js, alg: alg}, nil
}

// Algorithm returns the JWS algorithm the Signer uses, such as "RS256".
func (s *Signer) Algorithm() string { return string(s.alg) }

// Sign returns the compact serialization of a JWT carrying claims (encoded with encoding/json).
func (s *Signer) Sign(claims any) (string, error) {
	payload, err := json.Marshal(claims)
	if err != nil {
		return "", fmt.Errorf("encoding the JWT claims: %w", err)
	}
	obj, err := s.js.Sign(payload)
	if err != nil {
		// The error comes from the key's Sign method (a KMS call, say), not from the payload.
		return "", fmt.Errorf("signing the JWT with %s: %w", s.alg, err)
	}
	return obj.CompactSerialize()
}

// NewID returns a random, unique identifier for a jti claim: 128 bits, base64url without padding.
func NewID() string {
	var b [16]byte
	rand.Read(b[:]) // never fails, see crypto/rand.Read
	return base64.RawURLEncoding.EncodeToString(b[:])
}
