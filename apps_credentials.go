package okta

import (
	"bytes"
	"context"
	"encoding/base64"
	"net/http"
	"time"
)

// GenerateKey generates a new X.509 certificate for an application key credential, valid for
// opts.ValidityYears years. Okta does not start signing with it: set the application's
// Credentials.Signing.Kid to its Kid and Replace the application.
//
//okta:operation generateApplicationKey POST /api/v1/apps/{appId}/credentials/keys/generate
func (s *AppsService) GenerateKey(ctx context.Context, appID string, opts *AppsGenerateKeyOptions) (*JSONWebKey, *Response, error) {
	return send[*JSONWebKey](ctx, s.client, newRequest(http.MethodPost, "/api/v1/apps/{appId}/credentials/keys/generate", appID).withQuery(opts))
}

// ListKeys returns all the key credentials of an application.
//
//okta:operation listApplicationKeys GET /api/v1/apps/{appId}/credentials/keys
func (s *AppsService) ListKeys(ctx context.Context, appID string) ([]JSONWebKey, *Response, error) {
	return send[[]JSONWebKey](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/credentials/keys", appID))
}

// GetKey retrieves an application key credential by its key ID.
//
//okta:operation getApplicationKey GET /api/v1/apps/{appId}/credentials/keys/{keyId}
func (s *AppsService) GetKey(ctx context.Context, appID, keyID string) (*JSONWebKey, *Response, error) {
	return send[*JSONWebKey](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/credentials/keys/{keyId}", appID, keyID))
}

// CloneKey copies the key credential keyID of an application to the application opts.TargetAID (required),
// so that both can share a signing certificate.
//
//okta:operation cloneApplicationKey POST /api/v1/apps/{appId}/credentials/keys/{keyId}/clone
func (s *AppsService) CloneKey(ctx context.Context, appID, keyID string, opts *AppsCloneKeyOptions) (*JSONWebKey, *Response, error) {
	return send[*JSONWebKey](ctx, s.client, newRequest(http.MethodPost, "/api/v1/apps/{appId}/credentials/keys/{keyId}/clone", appID, keyID).withQuery(opts))
}

// GenerateCSR generates a key pair for an application and returns a certificate signing request for it,
// with the subject metadata describes. Have a certificate authority sign it, then PublishCSR.
//
//okta:operation generateCsrForApplication POST /api/v1/apps/{appId}/credentials/csrs
func (s *AppsService) GenerateCSR(ctx context.Context, appID string, metadata *CSRMetadata) (*CSR, *Response, error) {
	return send[*CSR](ctx, s.client, newRequest(http.MethodPost, "/api/v1/apps/{appId}/credentials/csrs", appID).withBody(metadata))
}

// ListCSRs returns all the certificate signing requests of an application.
//
//okta:operation listCsrsForApplication GET /api/v1/apps/{appId}/credentials/csrs
func (s *AppsService) ListCSRs(ctx context.Context, appID string) ([]CSR, *Response, error) {
	return send[[]CSR](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/credentials/csrs", appID))
}

// GetCSR retrieves a certificate signing request of an application.
//
//okta:operation getCsrForApplication GET /api/v1/apps/{appId}/credentials/csrs/{csrId}
func (s *AppsService) GetCSR(ctx context.Context, appID, csrID string) (*CSR, *Response, error) {
	return send[*CSR](ctx, s.client, newRequest(http.MethodGet, "/api/v1/apps/{appId}/credentials/csrs/{csrId}", appID, csrID))
}

// RevokeCSR revokes a certificate signing request and deletes its key pair.
//
//okta:operation revokeCsrFromApplication DELETE /api/v1/apps/{appId}/credentials/csrs/{csrId}
func (s *AppsService) RevokeCSR(ctx context.Context, appID, csrID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/apps/{appId}/credentials/csrs/{csrId}", appID, csrID))
}

// PublishCSR publishes the signed X.509 certificate of a certificate signing request, adding it to the
// application's key credentials. cert may be PEM ("-----BEGIN CERTIFICATE-----"), base64-encoded DER (a .cer
// file) or binary DER; it is sent with the matching content type.
//
//okta:operation publishCsrFromApplication POST /api/v1/apps/{appId}/credentials/csrs/{csrId}/lifecycle/publish
func (s *AppsService) PublishCSR(ctx context.Context, appID, csrID string, cert []byte) (*JSONWebKey, *Response, error) {
	r := newRequest(http.MethodPost, "/api/v1/apps/{appId}/credentials/csrs/{csrId}/lifecycle/publish", appID, csrID)
	if r.err == nil {
		r.body, r.err = certificateBody(cert)
	}
	return send[*JSONWebKey](ctx, s.client, r)
}

// certificateBody is an X.509 certificate as a request body, with the content type of its encoding.
func certificateBody(cert []byte) (*rawBody, error) {
	trimmed := bytes.TrimSpace(cert)
	switch {
	case len(trimmed) == 0:
		return nil, inputErrorf("okta: the certificate is empty")
	case bytes.HasPrefix(trimmed, []byte("-----BEGIN")):
		return &rawBody{contentType: "application/x-pem-file", data: cert}, nil
	case isBase64(trimmed):
		return &rawBody{contentType: "application/x-x509-ca-cert", data: cert}, nil
	default:
		return &rawBody{contentType: "application/pkix-cert", data: cert}, nil
	}
}

// isBase64 reports whether b is standard base64, possibly broken into lines.
func isBase64(b []byte) bool {
	b = bytes.Join(bytes.Fields(b), nil)
	_, err := base64.StdEncoding.DecodeString(string(b))
	return err == nil
}

// AppsGenerateKeyOptions are the parameters of AppsService.GenerateKey.
type AppsGenerateKeyOptions struct {
	// ValidityYears is how many years the certificate is valid, 2 to 10.
	ValidityYears int `url:"validityYears"`
}

// AppsCloneKeyOptions are the parameters of AppsService.CloneKey.
type AppsCloneKeyOptions struct {
	// TargetAID is the ID of the application to copy the key to (required).
	TargetAID string `url:"targetAid"`
}

// JSONWebKey is a public key as a JSON Web Key (RFC 7517), with Okta's metadata: an application's signing key
// credential, for one.
type JSONWebKey struct {
	Alg         string    `json:"alg,omitzero"`
	Created     time.Time `json:"created,omitzero"`
	E           string    `json:"e,omitzero"`
	ExpiresAt   time.Time `json:"expiresAt,omitzero"`
	KeyOps      []string  `json:"key_ops,omitzero"`
	Kid         string    `json:"kid,omitzero"`
	Kty         string    `json:"kty,omitzero"`
	LastUpdated time.Time `json:"lastUpdated,omitzero"`
	N           string    `json:"n,omitzero"`
	Status      string    `json:"status,omitzero"`
	// Use is what the key is for: sig or enc.
	Use JWKUseType `json:"use,omitzero"`
	// X5C is the certificate chain, base64-encoded DER certificates.
	X5C     []string `json:"x5c,omitzero"`
	X5T     string   `json:"x5t,omitzero"`
	X5TS256 string   `json:"x5t#S256,omitzero"`
	X5U     string   `json:"x5u,omitzero"`
	Links   Links    `json:"_links,omitzero"`
	Extra   Extra    `json:"-"`
}

// CSR is a certificate signing request.
type CSR struct {
	ID      string    `json:"id,omitzero"`
	Created time.Time `json:"created,omitzero"`
	// CSR is the request, base64-encoded DER (PKCS #10).
	CSR string `json:"csr,omitzero"`
	Kty string `json:"kty,omitzero"`
	// Links are not in the 5.1.0 API description; Okta sends them (publish, self).
	Links Links `json:"_links,omitzero"`
	Extra Extra `json:"-"`
}

// CSRMetadata is the subject of a certificate signing request to generate.
type CSRMetadata struct {
	Subject         *CSRMetadataSubject         `json:"subject,omitzero"`
	SubjectAltNames *CSRMetadataSubjectAltNames `json:"subjectAltNames,omitzero"`
	Extra           Extra                       `json:"-"`
}

// CSRMetadataSubject is the distinguished name of a certificate signing request's subject.
type CSRMetadataSubject struct {
	CommonName             string `json:"commonName,omitzero"`
	CountryName            string `json:"countryName,omitzero"`
	LocalityName           string `json:"localityName,omitzero"`
	OrganizationalUnitName string `json:"organizationalUnitName,omitzero"`
	OrganizationName       string `json:"organizationName,omitzero"`
	StateOrProvinceName    string `json:"stateOrProvinceName,omitzero"`
	Extra                  Extra  `json:"-"`
}

// CSRMetadataSubjectAltNames are the subject alternative names of a certificate signing request.
type CSRMetadataSubjectAltNames struct {
	DNSNames []string `json:"dnsNames,omitzero"`
	Extra    Extra    `json:"-"`
}
