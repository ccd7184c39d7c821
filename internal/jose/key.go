// Package jose holds the JOSE helpers of the SDK: parsing the private keys users configure, and signing the
// JWTs the SDK sends (client assertions and DPoP proofs) with go-jose.
//
// Error messages never quote the key: they name what is wrong with it.
package jose

import (
	"bytes"
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rsa"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"strings"

	gojose "github.com/go-jose/go-jose/v4"
)

// MinRSABits is the smallest RSA key Okta accepts for client authentication.
const MinRSABits = 2048

// ParsePrivateKey reads an RSA or ECDSA private key in one of the forms service-app keys come in: PEM (PKCS#1
// "RSA PRIVATE KEY", PKCS#8 "PRIVATE KEY", SEC1 "EC PRIVATE KEY") or a JWK JSON object (or a JWK set holding
// exactly one key). PEM pasted into configuration is accepted as it tends to arrive: indented, with CRLF line
// ends, with literal `\n` escapes instead of line breaks, or wrapped in quotes. It returns the key and, for a
// JWK, its kid.
func ParsePrivateKey(data []byte) (crypto.Signer, string, error) {
	text := normalize(string(data))
	if text == "" {
		return nil, "", errors.New("the private key is empty")
	}
	var (
		key crypto.Signer
		kid string
		err error
	)
	switch {
	case strings.HasPrefix(text, "{"):
		key, kid, err = parseJWK([]byte(text))
	case strings.Contains(text, "-----BEGIN"):
		key, err = parsePEM(text)
	default:
		return nil, "", errors.New("the private key is neither PEM (-----BEGIN ...) nor a JWK JSON object")
	}
	if err != nil {
		return nil, "", err
	}
	if err := checkKey(key.Public()); err != nil {
		return nil, "", err
	}
	return key, kid, nil
}

// normalize undoes what pasting a key into YAML, JSON or an environment variable does to it.
func normalize(s string) string {
	s = strings.TrimSpace(s)
	if len(s) >= 2 && (s[0] == '"' || s[0] == '\'') && s[len(s)-1] == s[0] {
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	if !strings.HasPrefix(s, "{") {
		// A JWK's JSON may legitimately contain the two characters \n only inside strings, where they
		// would be invalid base64url anyway; PEM never contains a backslash.
		s = strings.ReplaceAll(s, `\r\n`, "\n")
		s = strings.ReplaceAll(s, `\n`, "\n")
	}
	return strings.ReplaceAll(s, "\r\n", "\n")
}

// parsePEM decodes the first private key block of text. Every line is trimmed first, so indented PEM (from a
// YAML block) decodes; a PEM squeezed onto one line with spaces is rebuilt.
func parsePEM(text string) (crypto.Signer, error) {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(l)
	}
	rest := []byte(strings.Join(lines, "\n"))
	if len(lines) == 1 {
		rest = unfoldPEM(text)
	}
	var types []string
	for {
		var block *pem.Block
		block, rest = pem.Decode(rest)
		if block == nil {
			break
		}
		types = append(types, block.Type)
		if len(block.Headers) > 0 {
			return nil, fmt.Errorf("the %s PEM block is encrypted or has headers: decrypt the key first (e.g. openssl pkey -in key.pem -out plain.pem)", block.Type)
		}
		switch block.Type {
		case "EC PARAMETERS":
			continue // openssl ecparam -genkey writes the curve first
		case "RSA PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY":
			return parseDER(block.Type, block.Bytes)
		case "ENCRYPTED PRIVATE KEY":
			return nil, errors.New("the private key is encrypted (ENCRYPTED PRIVATE KEY): decrypt it first (e.g. openssl pkcs8 -in key.pem -out plain.pem)")
		case "PUBLIC KEY", "RSA PUBLIC KEY":
			return nil, fmt.Errorf("the PEM block is a public key (%s): the client needs the private key", block.Type)
		case "CERTIFICATE":
			return nil, errors.New("the PEM block is a certificate: the client needs the private key")
		case "OPENSSH PRIVATE KEY":
			return nil, errors.New("the private key is in OpenSSH format: convert it to PKCS#8 PEM (ssh-keygen -p -m PKCS8 -f key)")
		default:
			return nil, fmt.Errorf("the PEM block is a %q, not a private key", block.Type)
		}
	}
	if len(types) == 0 {
		return nil, errors.New("the private key looks like PEM but no block decodes: check the BEGIN/END lines and the base64 between them")
	}
	return nil, fmt.Errorf("the PEM holds no private key (blocks: %s)", strings.Join(types, ", "))
}

// unfoldPEM rebuilds PEM that lost its line breaks ("-----BEGIN X----- MIIE... -----END X-----").
func unfoldPEM(s string) []byte {
	var out bytes.Buffer
	for s != "" {
		begin := strings.Index(s, "-----BEGIN ")
		if begin < 0 {
			break
		}
		s = s[begin:]
		headEnd := strings.Index(s[len("-----BEGIN "):], "-----")
		if headEnd < 0 {
			break
		}
		headEnd += len("-----BEGIN ") + len("-----")
		head := s[:headEnd]
		typ := strings.TrimSuffix(strings.TrimPrefix(head, "-----BEGIN "), "-----")
		foot := "-----END " + typ + "-----"
		end := strings.Index(s, foot)
		if end < 0 {
			break
		}
		body := strings.Join(strings.Fields(s[headEnd:end]), "")
		out.WriteString(head + "\n")
		for len(body) > 64 {
			out.WriteString(body[:64] + "\n")
			body = body[64:]
		}
		out.WriteString(body + "\n" + foot + "\n")
		s = s[end+len(foot):]
	}
	return out.Bytes()
}

// parseDER parses a private key block. Blocks are sometimes labelled with the wrong type, so every format is
// tried, the labelled one first.
func parseDER(typ string, der []byte) (crypto.Signer, error) {
	parsers := []func([]byte) (any, error){
		func(b []byte) (any, error) { return x509.ParsePKCS8PrivateKey(b) },
		func(b []byte) (any, error) { return x509.ParsePKCS1PrivateKey(b) },
		func(b []byte) (any, error) { return x509.ParseECPrivateKey(b) },
	}
	switch typ {
	case "RSA PRIVATE KEY":
		parsers[0], parsers[1] = parsers[1], parsers[0]
	case "EC PRIVATE KEY":
		parsers[0], parsers[2] = parsers[2], parsers[0]
	}
	var first error
	for _, parse := range parsers {
		k, err := parse(der)
		if err != nil {
			if first == nil {
				first = err
			}
			continue
		}
		switch k := k.(type) {
		case *rsa.PrivateKey:
			return k, nil
		case *ecdsa.PrivateKey:
			return k, nil
		case ed25519.PrivateKey:
			return nil, errors.New("the private key is Ed25519: Okta accepts RSA and EC (P-256, P-384, P-521) keys")
		default:
			return nil, fmt.Errorf("the private key is a %T: Okta accepts RSA and EC keys", k)
		}
	}
	// The x509 errors name the format, never the key's bytes.
	return nil, fmt.Errorf("the %s PEM block does not parse: %w", typ, first)
}

// parseJWK reads a private JWK, or a JWK set holding exactly one key.
func parseJWK(data []byte) (crypto.Signer, string, error) {
	var probe struct {
		Keys []json.RawMessage `json:"keys"`
		Kty  string            `json:"kty"`
		D    string            `json:"d"`
	}
	if err := json.Unmarshal(data, &probe); err != nil {
		return nil, "", errors.New("the private key starts with { but is not valid JSON")
	}
	if probe.Keys != nil {
		if len(probe.Keys) != 1 {
			return nil, "", fmt.Errorf("the JWK set holds %d keys: pass the one private key", len(probe.Keys))
		}
		return parseJWK(probe.Keys[0])
	}
	switch probe.Kty {
	case "RSA", "EC":
	case "":
		return nil, "", errors.New("the JWK has no kty")
	default:
		return nil, "", fmt.Errorf("the JWK's kty is %q: Okta accepts RSA and EC keys", probe.Kty)
	}
	if probe.D == "" {
		return nil, "", fmt.Errorf("the %s JWK is a public key (no \"d\"): the client needs the private key", probe.Kty)
	}
	var jwk gojose.JSONWebKey
	if err := jwk.UnmarshalJSON(data); err != nil {
		// go-jose names the missing or inconsistent member, never its value.
		return nil, "", fmt.Errorf("the %s JWK is invalid: %s", probe.Kty, strings.TrimPrefix(err.Error(), "go-jose/go-jose: "))
	}
	switch k := jwk.Key.(type) {
	case *rsa.PrivateKey:
		k.Precompute()
		return k, jwk.KeyID, nil
	case *ecdsa.PrivateKey:
		return k, jwk.KeyID, nil
	}
	return nil, "", fmt.Errorf("the JWK holds a %T: Okta accepts RSA and EC private keys", jwk.Key)
}

// checkKey reports whether Okta accepts pub for client authentication: RSA of at least MinRSABits bits, or
// ECDSA on P-256, P-384 or P-521.
func checkKey(pub crypto.PublicKey) error {
	_, err := algorithm(pub)
	return err
}

// algorithm picks the JWS algorithm for a public key: RS256 for RSA, ES256/ES384/ES512 by curve.
func algorithm(pub crypto.PublicKey) (gojose.SignatureAlgorithm, error) {
	switch k := pub.(type) {
	case *rsa.PublicKey:
		if k.N.BitLen() < MinRSABits {
			return "", fmt.Errorf("the RSA key has %d bits: Okta needs at least %d", k.N.BitLen(), MinRSABits)
		}
		return gojose.RS256, nil
	case *ecdsa.PublicKey:
		switch k.Curve {
		case elliptic.P256():
			return gojose.ES256, nil
		case elliptic.P384():
			return gojose.ES384, nil
		case elliptic.P521():
			return gojose.ES512, nil
		}
		return "", fmt.Errorf("the EC key is on curve %s: Okta accepts P-256, P-384 and P-521", k.Curve.Params().Name)
	case ed25519.PublicKey:
		return "", errors.New("the key is Ed25519: Okta accepts RSA and EC (P-256, P-384, P-521) keys")
	case nil:
		return "", errors.New("the signer has no public key")
	}
	return "", fmt.Errorf("the key is a %T: Okta accepts RSA and EC keys", pub)
}
