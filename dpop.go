package okta

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/oktakit/okta/internal/jose"
)

// DefaultDPoPKeyRotation is how long the client keeps one DPoP key pair unless WithDPoPKeyRotation says
// otherwise.
const DefaultDPoPKeyRotation = 24 * time.Hour

// maxNonceRetries bounds how many times one request is sent again because the server asked for a new DPoP
// nonce: a server that keeps asking gets its answer back, not a loop.
const maxNonceRetries = 2

// dpop holds a client's DPoP state (RFC 9449): its key pair, replaced every rotation, and the newest nonce
// each server (origin) gave it.
type dpop struct {
	rotation time.Duration

	mu     sync.Mutex
	key    *dpopKey
	nonces map[string]string // origin → newest DPoP-Nonce
}

// dpopKey is one DPoP key pair. An access token is bound to the key that proved possession when it was
// issued, and the proofs sent with that token are signed by the same key.
type dpopKey struct {
	signer  *jose.Signer
	created time.Time
}

func newDPoP(rotation time.Duration) *dpop {
	if rotation <= 0 {
		rotation = DefaultDPoPKeyRotation
	}
	return &dpop{rotation: rotation, nonces: map[string]string{}}
}

// keyAt returns the key to bind a new access token to at now, replacing the current key once it is older
// than the rotation interval. Keys change only here, when a token is requested, so a token and its proofs
// always use one key.
func (d *dpop) keyAt(now time.Time) (*dpopKey, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.key != nil && now.Sub(d.key.created) < d.rotation {
		return d.key, nil
	}
	priv, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("okta: generating the DPoP key: %w", err)
	}
	s, err := jose.NewSigner(priv, jose.Header{Type: "dpop+jwt", EmbedJWK: true})
	if err != nil {
		return nil, fmt.Errorf("okta: preparing the DPoP key: %w", err)
	}
	d.key = &dpopKey{signer: s, created: now}
	return d.key, nil
}

// dpopClaims are the claims of a DPoP proof.
type dpopClaims struct {
	JTI   string `json:"jti"`
	HTM   string `json:"htm"`
	HTU   string `json:"htu"`
	IAT   int64  `json:"iat"`
	Nonce string `json:"nonce,omitempty"`
	ATH   string `json:"ath,omitempty"`
}

// proof returns a DPoP proof for one request to u with method, signed by k. For a request to a resource
// server, accessToken is the token the request carries and the proof binds to it (ath).
func (d *dpop) proof(k *dpopKey, method string, u *url.URL, accessToken string, now time.Time) (string, error) {
	c := dpopClaims{
		JTI:   jose.NewID(),
		HTM:   method,
		HTU:   htu(u),
		IAT:   now.Unix(),
		Nonce: d.nonce(u),
	}
	if accessToken != "" {
		sum := sha256.Sum256([]byte(accessToken))
		c.ATH = base64.RawURLEncoding.EncodeToString(sum[:])
	}
	p, err := k.signer.Sign(c)
	if err != nil {
		return "", fmt.Errorf("okta: signing the DPoP proof: %w", err)
	}
	return p, nil
}

// htu is the htu claim for u: scheme, host, port and path, without query or fragment (RFC 9449 section 4.2).
func htu(u *url.URL) string {
	v := url.URL{Scheme: strings.ToLower(u.Scheme), Host: strings.ToLower(u.Host), Path: u.Path, RawPath: u.RawPath}
	return v.String()
}

// origin names the server a nonce belongs to.
func origin(u *url.URL) string { return strings.ToLower(u.Scheme) + "://" + strings.ToLower(u.Host) }

func (d *dpop) nonce(u *url.URL) string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.nonces[origin(u)]
}

// observe keeps the nonce a response from u carries, if any.
func (d *dpop) observe(u *url.URL, h http.Header) {
	if n := h.Get("DPoP-Nonce"); n != "" {
		d.mu.Lock()
		d.nonces[origin(u)] = n
		d.mu.Unlock()
	}
}

// nonceChallenge reports whether a resource server's 401 asks for a (new) DPoP nonce:
// WWW-Authenticate: DPoP error="use_dpop_nonce", with the nonce in DPoP-Nonce.
func nonceChallenge(resp *http.Response) bool {
	if resp.StatusCode != http.StatusUnauthorized || resp.Header.Get("DPoP-Nonce") == "" {
		return false
	}
	for _, v := range resp.Header.Values("WWW-Authenticate") {
		v = strings.ReplaceAll(strings.ToLower(v), " ", "")
		if strings.Contains(v, `error="use_dpop_nonce"`) || strings.Contains(v, "error=use_dpop_nonce") {
			return true
		}
	}
	return false
}
