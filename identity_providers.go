package okta

import (
	"context"
	"net/http"
	"time"
)

// IdentityProvidersService manages identity providers (IdPs): the SAML 2.0, OpenID Connect, social (Google,
// Facebook, Microsoft, LinkedIn, ...) and smart card providers that users can sign in with, their signing keys
// and certificate signing requests, and the links between Okta users and their accounts at an IdP. Reach it as
// client.IdentityProviders.
type IdentityProvidersService service

// List returns one page of identity providers. Pass resp.After back in opts.After to fetch the next page, or
// use ListIter.
//
//okta:operation listIdentityProviders GET /api/v1/idps
func (s *IdentityProvidersService) List(ctx context.Context, opts *IdentityProvidersListOptions) ([]IdentityProvider, *Response, error) {
	return send[[]IdentityProvider](ctx, s.client, newRequest(http.MethodGet, "/api/v1/idps").withQuery(opts))
}

// ListIter returns an iterator over all identity providers that match opts, fetching pages as it goes.
func (s *IdentityProvidersService) ListIter(ctx context.Context, opts *IdentityProvidersListOptions) *Iterator[IdentityProvider] {
	return newIterator[IdentityProvider](ctx, s.client, newRequest(http.MethodGet, "/api/v1/idps").withQuery(opts))
}

// Create creates an identity provider, active, from idp's Type, Name, Protocol and Policy.
//
//okta:operation createIdentityProvider POST /api/v1/idps
func (s *IdentityProvidersService) Create(ctx context.Context, idp *IdentityProvider) (*IdentityProvider, *Response, error) {
	return send[*IdentityProvider](ctx, s.client, newRequest(http.MethodPost, "/api/v1/idps").withBody(idp))
}

// Get retrieves an identity provider by ID.
//
//okta:operation getIdentityProvider GET /api/v1/idps/{idpId}
func (s *IdentityProvidersService) Get(ctx context.Context, idpID string) (*IdentityProvider, *Response, error) {
	return send[*IdentityProvider](ctx, s.client, newRequest(http.MethodGet, "/api/v1/idps/{idpId}", idpID))
}

// Replace replaces an identity provider with idp. Okta replaces the whole configuration, so start from what Get
// returned: every member Okta sent, modelled or not, is sent back.
//
//okta:operation replaceIdentityProvider PUT /api/v1/idps/{idpId}
func (s *IdentityProvidersService) Replace(ctx context.Context, idpID string, idp *IdentityProvider) (*IdentityProvider, *Response, error) {
	return send[*IdentityProvider](ctx, s.client, newRequest(http.MethodPut, "/api/v1/idps/{idpId}", idpID).withBody(idp))
}

// Delete deletes an identity provider and the links of its users. Okta also deletes its signing keys unless
// another identity provider uses them.
//
//okta:operation deleteIdentityProvider DELETE /api/v1/idps/{idpId}
func (s *IdentityProvidersService) Delete(ctx context.Context, idpID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/idps/{idpId}", idpID))
}

// Activate activates an inactive identity provider and returns it.
//
//okta:operation activateIdentityProvider POST /api/v1/idps/{idpId}/lifecycle/activate
func (s *IdentityProvidersService) Activate(ctx context.Context, idpID string) (*IdentityProvider, *Response, error) {
	return send[*IdentityProvider](ctx, s.client, newRequest(http.MethodPost, "/api/v1/idps/{idpId}/lifecycle/activate", idpID))
}

// Deactivate deactivates an active identity provider and returns it.
//
//okta:operation deactivateIdentityProvider POST /api/v1/idps/{idpId}/lifecycle/deactivate
func (s *IdentityProvidersService) Deactivate(ctx context.Context, idpID string) (*IdentityProvider, *Response, error) {
	return send[*IdentityProvider](ctx, s.client, newRequest(http.MethodPost, "/api/v1/idps/{idpId}/lifecycle/deactivate", idpID))
}

// ListKeys returns one page of the IdP key credentials of the org: the X.509 certificates that identity
// providers sign with, shared by all of them. Pass resp.After back in opts.After to fetch the next page, or use
// ListKeysIter.
//
//okta:operation listIdentityProviderKeys GET /api/v1/idps/credentials/keys
func (s *IdentityProvidersService) ListKeys(ctx context.Context, opts *IdentityProvidersListKeysOptions) ([]JSONWebKey, *Response, error) {
	return send[[]JSONWebKey](ctx, s.client, newRequest(http.MethodGet, "/api/v1/idps/credentials/keys").withQuery(opts))
}

// ListKeysIter returns an iterator over all the IdP key credentials, fetching pages as it goes.
func (s *IdentityProvidersService) ListKeysIter(ctx context.Context, opts *IdentityProvidersListKeysOptions) *Iterator[JSONWebKey] {
	return newIterator[JSONWebKey](ctx, s.client, newRequest(http.MethodGet, "/api/v1/idps/credentials/keys").withQuery(opts))
}

// CreateKey adds an X.509 certificate as an IdP key credential: key.X5C holds the base64-encoded DER
// certificate. Reference its Kid in an identity provider's Protocol.Credentials.Trust to trust it.
//
//okta:operation createIdentityProviderKey POST /api/v1/idps/credentials/keys
func (s *IdentityProvidersService) CreateKey(ctx context.Context, key *JSONWebKey) (*JSONWebKey, *Response, error) {
	return send[*JSONWebKey](ctx, s.client, newRequest(http.MethodPost, "/api/v1/idps/credentials/keys").withBody(key))
}

// GetKey retrieves an IdP key credential by its key ID.
//
//okta:operation getIdentityProviderKey GET /api/v1/idps/credentials/keys/{idpKeyId}
func (s *IdentityProvidersService) GetKey(ctx context.Context, idpKeyID string) (*JSONWebKey, *Response, error) {
	return send[*JSONWebKey](ctx, s.client, newRequest(http.MethodGet, "/api/v1/idps/credentials/keys/{idpKeyId}", idpKeyID))
}

// ReplaceKey replaces the IdP key credential kid with key: key.X5C holds the new base64-encoded DER
// certificate.
//
//okta:operation replaceIdentityProviderKey PUT /api/v1/idps/credentials/keys/{kid}
func (s *IdentityProvidersService) ReplaceKey(ctx context.Context, kid string, key *JSONWebKey) (*JSONWebKey, *Response, error) {
	return send[*JSONWebKey](ctx, s.client, newRequest(http.MethodPut, "/api/v1/idps/credentials/keys/{kid}", kid).withBody(key))
}

// DeleteKey deletes an IdP key credential. Okta refuses while an identity provider uses it.
//
//okta:operation deleteIdentityProviderKey DELETE /api/v1/idps/credentials/keys/{idpKeyId}
func (s *IdentityProvidersService) DeleteKey(ctx context.Context, idpKeyID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/idps/credentials/keys/{idpKeyId}", idpKeyID))
}

// ListCSRs returns the certificate signing requests of an identity provider's signing keys.
//
//okta:operation listCsrsForIdentityProvider GET /api/v1/idps/{idpId}/credentials/csrs
func (s *IdentityProvidersService) ListCSRs(ctx context.Context, idpID string) ([]CSR, *Response, error) {
	return send[[]CSR](ctx, s.client, newRequest(http.MethodGet, "/api/v1/idps/{idpId}/credentials/csrs", idpID))
}

// GenerateCSR generates a key pair for an identity provider and returns a certificate signing request for it,
// with the subject metadata describes. Have a certificate authority sign it, then PublishCSR.
//
//okta:operation generateCsrForIdentityProvider POST /api/v1/idps/{idpId}/credentials/csrs
func (s *IdentityProvidersService) GenerateCSR(ctx context.Context, idpID string, metadata *CSRMetadata) (*CSR, *Response, error) {
	return send[*CSR](ctx, s.client, newRequest(http.MethodPost, "/api/v1/idps/{idpId}/credentials/csrs", idpID).withBody(metadata))
}

// GetCSR retrieves a certificate signing request of an identity provider.
//
//okta:operation getCsrForIdentityProvider GET /api/v1/idps/{idpId}/credentials/csrs/{idpCsrId}
func (s *IdentityProvidersService) GetCSR(ctx context.Context, idpID, idpCsrID string) (*CSR, *Response, error) {
	return send[*CSR](ctx, s.client, newRequest(http.MethodGet, "/api/v1/idps/{idpId}/credentials/csrs/{idpCsrId}", idpID, idpCsrID))
}

// RevokeCSR revokes a certificate signing request of an identity provider and deletes its key pair.
//
//okta:operation revokeCsrForIdentityProvider DELETE /api/v1/idps/{idpId}/credentials/csrs/{idpCsrId}
func (s *IdentityProvidersService) RevokeCSR(ctx context.Context, idpID, idpCsrID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/idps/{idpId}/credentials/csrs/{idpCsrId}", idpID, idpCsrID))
}

// PublishCSR publishes the signed X.509 certificate of a certificate signing request, adding it to the
// identity provider's signing keys. cert may be PEM ("-----BEGIN CERTIFICATE-----"), base64-encoded DER (a
// .cer file) or binary DER; it is sent with the matching content type.
//
//okta:operation publishCsrForIdentityProvider POST /api/v1/idps/{idpId}/credentials/csrs/{idpCsrId}/lifecycle/publish
func (s *IdentityProvidersService) PublishCSR(ctx context.Context, idpID, idpCsrID string, cert []byte) (*JSONWebKey, *Response, error) {
	r := newRequest(http.MethodPost, "/api/v1/idps/{idpId}/credentials/csrs/{idpCsrId}/lifecycle/publish", idpID, idpCsrID)
	if r.err == nil {
		r.body, r.err = certificateBody(cert)
	}
	return send[*JSONWebKey](ctx, s.client, r)
}

// ListSigningKeys returns the signing key credentials of an identity provider: the keys Okta signs SAML
// requests to it with.
//
//okta:operation listIdentityProviderSigningKeys GET /api/v1/idps/{idpId}/credentials/keys
func (s *IdentityProvidersService) ListSigningKeys(ctx context.Context, idpID string) ([]JSONWebKey, *Response, error) {
	return send[[]JSONWebKey](ctx, s.client, newRequest(http.MethodGet, "/api/v1/idps/{idpId}/credentials/keys", idpID))
}

// ListActiveSigningKeys returns the active signing key credential of an identity provider, as a list of one;
// Okta may answer 204 No Content, an empty list, when there is none.
//
//okta:operation listActiveIdentityProviderSigningKey GET /api/v1/idps/{idpId}/credentials/keys/active
func (s *IdentityProvidersService) ListActiveSigningKeys(ctx context.Context, idpID string) ([]JSONWebKey, *Response, error) {
	return send[[]JSONWebKey](ctx, s.client, newRequest(http.MethodGet, "/api/v1/idps/{idpId}/credentials/keys/active", idpID))
}

// GenerateSigningKey generates a new X.509 certificate for an identity provider's signing key credential,
// valid for opts.ValidityYears years (required, 2 to 10). Okta does not start signing with it: set the
// identity provider's Protocol.Credentials.Signing.Kid to its Kid and Replace the identity provider.
//
//okta:operation generateIdentityProviderSigningKey POST /api/v1/idps/{idpId}/credentials/keys/generate
func (s *IdentityProvidersService) GenerateSigningKey(ctx context.Context, idpID string, opts *IdentityProvidersGenerateSigningKeyOptions) (*JSONWebKey, *Response, error) {
	return send[*JSONWebKey](ctx, s.client, newRequest(http.MethodPost, "/api/v1/idps/{idpId}/credentials/keys/generate", idpID).withQuery(opts))
}

// GetSigningKey retrieves a signing key credential of an identity provider by its key ID.
//
//okta:operation getIdentityProviderSigningKey GET /api/v1/idps/{idpId}/credentials/keys/{idpKeyId}
func (s *IdentityProvidersService) GetSigningKey(ctx context.Context, idpID, idpKeyID string) (*JSONWebKey, *Response, error) {
	return send[*JSONWebKey](ctx, s.client, newRequest(http.MethodGet, "/api/v1/idps/{idpId}/credentials/keys/{idpKeyId}", idpID, idpKeyID))
}

// CloneSigningKey copies the signing key credential idpKeyID of an identity provider to the identity provider
// opts.TargetIdpID (required), so that both can share a signing certificate.
//
//okta:operation cloneIdentityProviderKey POST /api/v1/idps/{idpId}/credentials/keys/{idpKeyId}/clone
func (s *IdentityProvidersService) CloneSigningKey(ctx context.Context, idpID, idpKeyID string, opts *IdentityProvidersCloneSigningKeyOptions) (*JSONWebKey, *Response, error) {
	return send[*JSONWebKey](ctx, s.client, newRequest(http.MethodPost, "/api/v1/idps/{idpId}/credentials/keys/{idpKeyId}/clone", idpID, idpKeyID).withQuery(opts))
}

// ListUsers returns a page of the Okta users linked to an identity provider. Okta's current API pages this
// list (opts.Limit, opts.After); ListUsersIter walks every page.
//
//okta:operation listIdentityProviderApplicationUsers GET /api/v1/idps/{idpId}/users
func (s *IdentityProvidersService) ListUsers(ctx context.Context, idpID string, opts *IdentityProvidersListUsersOptions) ([]IdentityProviderApplicationUser, *Response, error) {
	return send[[]IdentityProviderApplicationUser](ctx, s.client, newRequest(http.MethodGet, "/api/v1/idps/{idpId}/users", idpID).withQuery(opts))
}

// ListUsersIter returns an iterator over all the Okta users linked to an identity provider that match opts,
// fetching pages as it goes.
func (s *IdentityProvidersService) ListUsersIter(ctx context.Context, idpID string, opts *IdentityProvidersListUsersOptions) *Iterator[IdentityProviderApplicationUser] {
	return newIterator[IdentityProviderApplicationUser](ctx, s.client, newRequest(http.MethodGet, "/api/v1/idps/{idpId}/users", idpID).withQuery(opts))
}

// GetUser retrieves the link between an identity provider and the Okta user userID.
//
//okta:operation getIdentityProviderApplicationUser GET /api/v1/idps/{idpId}/users/{userId}
func (s *IdentityProvidersService) GetUser(ctx context.Context, idpID, userID string) (*IdentityProviderApplicationUser, *Response, error) {
	return send[*IdentityProviderApplicationUser](ctx, s.client, newRequest(http.MethodGet, "/api/v1/idps/{idpId}/users/{userId}", idpID, userID))
}

// LinkUser links the Okta user userID to their account link.ExternalID at a social or OpenID Connect identity
// provider whose account link action is CALLOUT or DISABLED.
//
//okta:operation linkUserToIdentityProvider POST /api/v1/idps/{idpId}/users/{userId}
func (s *IdentityProvidersService) LinkUser(ctx context.Context, idpID, userID string, link *LinkIdentityProviderUserRequest) (*IdentityProviderApplicationUser, *Response, error) {
	return send[*IdentityProviderApplicationUser](ctx, s.client, newRequest(http.MethodPost, "/api/v1/idps/{idpId}/users/{userId}", idpID, userID).withBody(link))
}

// UnlinkUser removes the link between an identity provider and the Okta user userID. The user keeps their Okta
// account.
//
//okta:operation unlinkUserFromIdentityProvider DELETE /api/v1/idps/{idpId}/users/{userId}
func (s *IdentityProvidersService) UnlinkUser(ctx context.Context, idpID, userID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/idps/{idpId}/users/{userId}", idpID, userID))
}

// ListSocialAuthTokens returns the tokens that a social or OpenID Connect identity provider issued to the Okta
// user userID when they last signed in through it.
//
//okta:operation listSocialAuthTokens GET /api/v1/idps/{idpId}/users/{userId}/credentials/tokens
func (s *IdentityProvidersService) ListSocialAuthTokens(ctx context.Context, idpID, userID string) ([]SocialAuthToken, *Response, error) {
	return send[[]SocialAuthToken](ctx, s.client, newRequest(http.MethodGet, "/api/v1/idps/{idpId}/users/{userId}/credentials/tokens", idpID, userID))
}

// IdentityProvidersListOptions are the parameters of IdentityProvidersService.List.
type IdentityProvidersListOptions struct {
	// Q finds identity providers whose name starts with Q.
	Q string `url:"q"`
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size (Okta's default is 20).
	Limit int `url:"limit"`
	// Type lists only identity providers of this type.
	Type IdentityProviderType `url:"type"`
}

// IdentityProvidersListKeysOptions are the parameters of IdentityProvidersService.ListKeys.
type IdentityProvidersListKeysOptions struct {
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size (Okta's default is 20).
	Limit int `url:"limit"`
}

// IdentityProvidersGenerateSigningKeyOptions are the parameters of IdentityProvidersService.GenerateSigningKey.
type IdentityProvidersGenerateSigningKeyOptions struct {
	// ValidityYears is how many years the certificate is valid, 2 to 10 (required).
	ValidityYears int `url:"validityYears"`
}

// IdentityProvidersCloneSigningKeyOptions are the parameters of IdentityProvidersService.CloneSigningKey.
type IdentityProvidersCloneSigningKeyOptions struct {
	// TargetIdPID is the ID of the identity provider to copy the key to (required).
	TargetIdPID string `url:"targetIdpId"`
}

// IdentityProvidersListUsersOptions are the parameters of IdentityProvidersService.ListUsers.
type IdentityProvidersListUsersOptions struct {
	// Q finds the linked users whose records match Q.
	Q string `url:"q"`
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size.
	Limit int `url:"limit"`
	// Expand embeds related resources in each link's _embedded: IdentityProviderUsersExpandUser embeds the
	// Okta user.
	Expand IdentityProviderUsersExpand `url:"expand"`
}

// IdentityProviderUsersExpand names what IdentityProvidersService.ListUsers embeds in each link's _embedded.
type IdentityProviderUsersExpand string

// IdentityProviderUsersExpand values.
const (
	// IdentityProviderUsersExpandUser embeds the Okta user.
	IdentityProviderUsersExpandUser IdentityProviderUsersExpand = "user"
)

// IdentityProvider is an identity provider (IdP) that users can sign in with.
type IdentityProvider struct {
	ID   string `json:"id,omitzero"`
	Name string `json:"name,omitzero"`
	// Type is the kind of provider: SAML2, OIDC, GOOGLE, FACEBOOK, MICROSOFT, LINKEDIN, X509, ...
	Type IdentityProviderType `json:"type,omitzero"`
	// Status is read-only: use Activate and Deactivate.
	Status      LifecycleStatus `json:"status,omitzero"`
	IssuerMode  IssuerMode      `json:"issuerMode,omitzero"`
	Created     time.Time       `json:"created,omitzero"`
	LastUpdated time.Time       `json:"lastUpdated,omitzero"`
	// Protocol is how Okta talks to the provider: endpoints, credentials, scopes.
	Protocol *Protocol `json:"protocol,omitzero"`
	// Policy is what Okta does with the users the provider signs in: provisioning, account linking, subject
	// matching.
	Policy     *IdentityProviderPolicy     `json:"policy,omitzero"`
	Properties *IdentityProviderProperties `json:"properties,omitzero"`
	// Links has acs, authorize, clientRedirectUri, metadata, users, keys, activate or deactivate.
	Links Links `json:"_links,omitzero"`
	Extra Extra `json:"-"`
}

// IdentityProviderProperties are further properties of an identity provider.
type IdentityProviderProperties struct {
	// AdditionalAmr are the authentication methods (AMR values) the provider may assert beyond the ones its
	// protocol implies.
	AdditionalAmr []AMRValue `json:"additionalAmr,omitzero"`
	// AALValue is the authentication assurance level an identity verification provider must reach.
	AALValue string `json:"aalValue,omitzero"`
	// IALValue is the identity assurance level an identity verification provider must reach.
	IALValue string `json:"ialValue,omitzero"`
	// IDVMetadata holds settings specific to the identity verification vendor; read them with Get or Attr.
	IDVMetadata Extra `json:"idvMetadata,omitzero"`
	// InquiryTemplateID is the ID of the Persona inquiry template an identity verification uses.
	InquiryTemplateID string `json:"inquiryTemplateId,omitzero"`
	Extra             Extra  `json:"-"`
}

// ProtocolType is the protocol of an identity provider.
type ProtocolType string

// ProtocolType values.
const (
	ProtocolTypeMTLS   ProtocolType = "MTLS"
	ProtocolTypeOAuth2 ProtocolType = "OAUTH2"
	ProtocolTypeOIDC   ProtocolType = "OIDC"
	ProtocolTypeSAML2  ProtocolType = "SAML2"
	// ProtocolTypeIDProofing is the protocol of the identity verification (IDV_...) providers.
	ProtocolTypeIDProofing ProtocolType = "ID_PROOFING"
)

// Protocol is how Okta talks to an identity provider. Which members apply depends on Type: SAML2 uses
// Endpoints.Sso and Acs, Algorithms, Settings and RelayState; OIDC and OAUTH2 use Endpoints.Authorization,
// Token, UserInfo and Jwks, Scopes and Credentials.Client (OIDC also Algorithms.Request and Settings); MTLS uses
// Credentials.Trust; ID_PROOFING uses Endpoints.PAR, Authorization, Token and Jwks, Scopes and
// Credentials.Bearer or Client.
type Protocol struct {
	Type        ProtocolType                 `json:"type,omitzero"`
	Algorithms  *ProtocolAlgorithms          `json:"algorithms,omitzero"`
	Credentials *IdentityProviderCredentials `json:"credentials,omitzero"`
	Endpoints   *ProtocolEndpoints           `json:"endpoints,omitzero"`
	// Issuer is the provider's issuer (its URL), for OIDC and SAML2.
	Issuer     *ProtocolEndpoint   `json:"issuer,omitzero"`
	RelayState *ProtocolRelayState `json:"relayState,omitzero"`
	// Scopes are the OAuth 2.0 scopes Okta asks the provider for, such as openid, email, profile.
	Scopes   []string          `json:"scopes,omitzero"`
	Settings *ProtocolSettings `json:"settings,omitzero"`
	// OktaIdPOrgURL is, for an Okta org-to-org (OKTA_INTEGRATION) OpenID Connect provider, the URL of the Okta
	// org that is the provider.
	OktaIdPOrgURL string `json:"oktaIdpOrgUrl,omitzero"`
	Extra         Extra  `json:"-"`
}

// ProtocolAlgorithms are the algorithms of a SAML 2.0 identity provider's requests and responses, or of an
// OpenID Connect provider's authorization requests (Request only).
type ProtocolAlgorithms struct {
	Request  *ProtocolAlgorithmType `json:"request,omitzero"`
	Response *ProtocolAlgorithmType `json:"response,omitzero"`
	Extra    Extra                  `json:"-"`
}

// ProtocolAlgorithmType is how a SAML 2.0 request or response, or an OpenID Connect authorization request, is
// signed and, for a SAML 2.0 request, hashed.
type ProtocolAlgorithmType struct {
	// Digest is the XML digest algorithm of the SAML 2.0 AuthnRequest messages Okta sends (Early Access); Okta
	// ignores it when the request signature's scope is NONE.
	Digest    ProtocolDigestAlgorithm         `json:"digest,omitzero"`
	Signature *ProtocolAlgorithmTypeSignature `json:"signature,omitzero"`
	Extra     Extra                           `json:"-"`
}

// ProtocolDigestAlgorithm is the XML digest algorithm of the SAML 2.0 requests Okta sends to an identity
// provider.
type ProtocolDigestAlgorithm string

// ProtocolDigestAlgorithm values. Okta may send others; they decode as they are.
const (
	// ProtocolDigestAlgorithmSHA1 is SHA-1.
	ProtocolDigestAlgorithmSHA1 ProtocolDigestAlgorithm = "SHA-1"
	// ProtocolDigestAlgorithmSHA256 is SHA-256.
	ProtocolDigestAlgorithmSHA256 ProtocolDigestAlgorithm = "SHA-256"
)

// ProtocolAlgorithmTypeSignature is a signature algorithm and what it signs.
type ProtocolAlgorithmTypeSignature struct {
	// Algorithm is SHA-256 or SHA-1 for a SAML 2.0 provider, and a JWS algorithm (RS256, HS256, ...) for the
	// request objects Okta sends an OpenID Connect provider.
	Algorithm ProtocolSigningAlgorithm            `json:"algorithm,omitzero"`
	Scope     ProtocolAlgorithmTypeSignatureScope `json:"scope,omitzero"`
	Extra     Extra                               `json:"-"`
}

// ProtocolSigningAlgorithm is the signature algorithm of an identity provider's messages: an XML signature
// algorithm for SAML 2.0 providers, a JWS algorithm for OpenID Connect providers.
type ProtocolSigningAlgorithm string

// ProtocolSigningAlgorithm values. Okta may send others; they decode as they are.
const (
	// ProtocolSigningAlgorithmHS256 is HMAC with SHA-256 (OpenID Connect).
	ProtocolSigningAlgorithmHS256 ProtocolSigningAlgorithm = "HS256"
	// ProtocolSigningAlgorithmHS384 is HMAC with SHA-384 (OpenID Connect).
	ProtocolSigningAlgorithmHS384 ProtocolSigningAlgorithm = "HS384"
	// ProtocolSigningAlgorithmHS512 is HMAC with SHA-512 (OpenID Connect).
	ProtocolSigningAlgorithmHS512 ProtocolSigningAlgorithm = "HS512"
	// ProtocolSigningAlgorithmRS256 is RSASSA-PKCS1-v1_5 with SHA-256 (OpenID Connect).
	ProtocolSigningAlgorithmRS256 ProtocolSigningAlgorithm = "RS256"
	// ProtocolSigningAlgorithmRS384 is RSASSA-PKCS1-v1_5 with SHA-384 (OpenID Connect).
	ProtocolSigningAlgorithmRS384 ProtocolSigningAlgorithm = "RS384"
	// ProtocolSigningAlgorithmRS512 is RSASSA-PKCS1-v1_5 with SHA-512 (OpenID Connect).
	ProtocolSigningAlgorithmRS512 ProtocolSigningAlgorithm = "RS512"
	// ProtocolSigningAlgorithmSHA1 is RSA with SHA-1 (SAML 2.0).
	ProtocolSigningAlgorithmSHA1 ProtocolSigningAlgorithm = "SHA-1"
	// ProtocolSigningAlgorithmSHA256 is RSA with SHA-256 (SAML 2.0).
	ProtocolSigningAlgorithmSHA256 ProtocolSigningAlgorithm = "SHA-256"
)

// ProtocolAlgorithmTypeSignatureScope is what a signature covers.
type ProtocolAlgorithmTypeSignatureScope string

// ProtocolAlgorithmTypeSignatureScope values.
const (
	ProtocolAlgorithmTypeSignatureScopeAny      ProtocolAlgorithmTypeSignatureScope = "ANY"
	ProtocolAlgorithmTypeSignatureScopeNone     ProtocolAlgorithmTypeSignatureScope = "NONE"
	ProtocolAlgorithmTypeSignatureScopeRequest  ProtocolAlgorithmTypeSignatureScope = "REQUEST"
	ProtocolAlgorithmTypeSignatureScopeResponse ProtocolAlgorithmTypeSignatureScope = "RESPONSE"
	ProtocolAlgorithmTypeSignatureScopeToken    ProtocolAlgorithmTypeSignatureScope = "TOKEN"
)

// IdentityProviderCredentials are the credentials of an identity provider: Okta's OAuth 2.0 client at the
// provider, the key Okta signs with, and the certificate Okta trusts the provider's signatures with. An
// identity verification provider has Bearer (IDV_PERSONA) or Client (IDV_CLEAR, IDV_INCODE, IDV_STANDARD).
type IdentityProviderCredentials struct {
	Bearer  *IdentityProviderCredentialsBearer  `json:"bearer,omitzero"`
	Client  *IdentityProviderCredentialsClient  `json:"client,omitzero"`
	Signing *IdentityProviderCredentialsSigning `json:"signing,omitzero"`
	Trust   *IdentityProviderCredentialsTrust   `json:"trust,omitzero"`
	Extra   Extra                               `json:"-"`
}

// IdentityProviderCredentialsBearer is the API key Okta calls an identity verification vendor (IDV_PERSONA)
// with.
type IdentityProviderCredentialsBearer struct {
	// APIKey is the API key generated in the vendor's dashboard.
	APIKey string `json:"apiKey,omitzero"`
	Extra  Extra  `json:"-"`
}

// IdentityProviderCredentialsClient is Okta's OAuth 2.0 client registration at an OpenID Connect or social
// identity provider.
type IdentityProviderCredentialsClient struct {
	ClientID     string `json:"client_id,omitzero"`
	ClientSecret string `json:"client_secret,omitzero"`
	// PKCERequired says whether Okta uses Proof Key for Code Exchange (PKCE) with the provider.
	PKCERequired *bool `json:"pkce_required,omitzero"`
	// TokenEndpointAuthMethod is how Okta authenticates at the provider's token endpoint: with a client
	// secret when empty, or OAuthEndpointAuthenticationMethodPrivateKeyJWT (with the key in Signing).
	TokenEndpointAuthMethod OAuthEndpointAuthenticationMethod `json:"token_endpoint_auth_method,omitzero"`
	Extra                   Extra                             `json:"-"`
}

// IdentityProviderCredentialsSigning names the key Okta signs requests to an identity provider with. For an
// Apple provider, it is what Okta builds the client secret JWT of its token requests from: Apple's key ID, the
// private key and the team ID.
type IdentityProviderCredentialsSigning struct {
	Kid string `json:"kid,omitzero"`
	// PrivateKey is the PKCS #8 private key downloaded from Apple. Create requires it; Okta never returns it,
	// and keeps the key it has when Replace leaves it empty.
	PrivateKey string `json:"privateKey,omitzero"`
	// TeamID is the team ID of the Apple developer account.
	TeamID string `json:"teamId,omitzero"`
	Extra  Extra  `json:"-"`
}

// IdentityProviderCredentialsTrust is what Okta trusts of an identity provider's assertions: the issuer,
// audience and key ID of the certificate (an IdP key credential), and how certificates are revoked (smart
// card providers).
type IdentityProviderCredentialsTrust struct {
	Audience string `json:"audience,omitzero"`
	Issuer   string `json:"issuer,omitzero"`
	Kid      string `json:"kid,omitzero"`
	// AdditionalKids names a further IdP key credential (at most one) that a SAML 2.0 provider's signatures
	// are verified with, such as the next certificate during a rollover.
	AdditionalKids []string                                   `json:"additionalKids,omitzero"`
	Revocation     IdentityProviderCredentialsTrustRevocation `json:"revocation,omitzero"`
	// RevocationCacheLifetime is how many minutes a revocation list is cached.
	RevocationCacheLifetime int   `json:"revocationCacheLifetime,omitzero"`
	Extra                   Extra `json:"-"`
}

// IdentityProviderCredentialsTrustRevocation is how a smart card identity provider checks that a certificate
// is not revoked.
type IdentityProviderCredentialsTrustRevocation string

// IdentityProviderCredentialsTrustRevocation values.
const (
	IdentityProviderCredentialsTrustRevocationCRL      IdentityProviderCredentialsTrustRevocation = "CRL"
	IdentityProviderCredentialsTrustRevocationDeltaCRL IdentityProviderCredentialsTrustRevocation = "DELTA_CRL"
	IdentityProviderCredentialsTrustRevocationOCSP     IdentityProviderCredentialsTrustRevocation = "OCSP"
)

// ProtocolEndpoints are the endpoints of an identity provider's protocol.
type ProtocolEndpoints struct {
	ACS           *ProtocolEndpoint `json:"acs,omitzero"`
	Authorization *ProtocolEndpoint `json:"authorization,omitzero"`
	JWKS          *ProtocolEndpoint `json:"jwks,omitzero"`
	Metadata      *ProtocolEndpoint `json:"metadata,omitzero"`
	// PAR is the pushed authorization request endpoint (RFC 9126) of an identity verification vendor; an
	// IDV_STANDARD provider requires it.
	PAR      *ProtocolEndpoint `json:"par,omitzero"`
	Slo      *ProtocolEndpoint `json:"slo,omitzero"`
	SSO      *ProtocolEndpoint `json:"sso,omitzero"`
	Token    *ProtocolEndpoint `json:"token,omitzero"`
	UserInfo *ProtocolEndpoint `json:"userInfo,omitzero"`
	Extra    Extra             `json:"-"`
}

// ProtocolEndpoint is one endpoint of an identity provider's protocol.
type ProtocolEndpoint struct {
	URL         string                  `json:"url,omitzero"`
	Binding     ProtocolEndpointBinding `json:"binding,omitzero"`
	Destination string                  `json:"destination,omitzero"`
	// Type is, for the SAML 2.0 ACS endpoint, whether it is the org's (ORG) or this provider's (INSTANCE).
	Type  ProtocolEndpointType `json:"type,omitzero"`
	Extra Extra                `json:"-"`
}

// ProtocolEndpointBinding is the HTTP binding of an endpoint.
type ProtocolEndpointBinding string

// ProtocolEndpointBinding values.
const (
	ProtocolEndpointBindingHTTPPost     ProtocolEndpointBinding = "HTTP-POST"
	ProtocolEndpointBindingHTTPRedirect ProtocolEndpointBinding = "HTTP-REDIRECT"
)

// ProtocolEndpointType is whether an endpoint is the org's or one identity provider's.
type ProtocolEndpointType string

// ProtocolEndpointType values.
const (
	ProtocolEndpointTypeInstance ProtocolEndpointType = "INSTANCE"
	ProtocolEndpointTypeOrg      ProtocolEndpointType = "ORG"
)

// ProtocolRelayState is the format of the SAML 2.0 RelayState.
type ProtocolRelayState struct {
	Format ProtocolRelayStateFormat `json:"format,omitzero"`
	Extra  Extra                    `json:"-"`
}

// ProtocolRelayStateFormat is the format of the SAML 2.0 RelayState.
type ProtocolRelayStateFormat string

// ProtocolRelayStateFormat values.
const (
	ProtocolRelayStateFormatFromURL ProtocolRelayStateFormat = "FROM_URL"
	ProtocolRelayStateFormatOpaque  ProtocolRelayStateFormat = "OPAQUE"
)

// ProtocolSettings are the advanced settings of a SAML 2.0 or OpenID Connect identity provider.
type ProtocolSettings struct {
	// NameFormat is the SAML NameID format Okta asks for.
	NameFormat string `json:"nameFormat,omitzero"`
	// HonorPersistentNameID keeps the account link when the SAML 2.0 provider's assertion has a persistent
	// NameID (Okta's default is true).
	HonorPersistentNameID *bool `json:"honorPersistentNameId,omitzero"`
	// ParticipateSLO has Okta send a logout request to the provider when a user signs out of Okta or of a
	// downstream app.
	ParticipateSLO *bool `json:"participateSlo,omitzero"`
	// SendApplicationContext has Okta send the app instance ID and name (OktaAppInstanceId, OktaAppName) in its
	// requests to the provider.
	SendApplicationContext *bool `json:"sendApplicationContext,omitzero"`
	Extra                  Extra `json:"-"`
}

// IdentityProviderPolicy is what Okta does with the users an identity provider signs in.
type IdentityProviderPolicy struct {
	AccountLink *PolicyAccountLink `json:"accountLink,omitzero"`
	// MapAMRClaims passes the provider's AMR claims on to Okta and the apps (feature IDP_AMR_CLAIMS_MAPPING).
	MapAMRClaims *bool `json:"mapAMRClaims,omitzero"`
	// MaxClockSkew is the clock skew allowed in the provider's assertions, in milliseconds.
	MaxClockSkew int            `json:"maxClockSkew,omitzero"`
	Provisioning *Provisioning  `json:"provisioning,omitzero"`
	Subject      *PolicySubject `json:"subject,omitzero"`
	// TrustClaims says whether Okta trusts the authentication claims the provider sends (Okta's default false).
	TrustClaims *bool `json:"trustClaims,omitzero"`
	Extra       Extra `json:"-"`
}

// PolicyAccountLink is whether and how users of an identity provider are linked to existing Okta users.
type PolicyAccountLink struct {
	Action PolicyAccountLinkAction  `json:"action,omitzero"`
	Filter *PolicyAccountLinkFilter `json:"filter,omitzero"`
	Extra  Extra                    `json:"-"`
}

// PolicyAccountLinkAction is whether users are linked automatically.
type PolicyAccountLinkAction string

// PolicyAccountLinkAction values.
const (
	PolicyAccountLinkActionAuto     PolicyAccountLinkAction = "AUTO"
	PolicyAccountLinkActionDisabled PolicyAccountLinkAction = "DISABLED"
)

// PolicyAccountLinkFilter limits automatic linking to some users.
type PolicyAccountLinkFilter struct {
	Groups *PolicyAccountLinkFilterGroups `json:"groups,omitzero"`
	// Users keeps some users (listed, or admins) from being linked.
	Users *PolicyAccountLinkFilterUsers `json:"users,omitzero"`
	Extra Extra                         `json:"-"`
}

// PolicyAccountLinkFilterGroups limits automatic linking to the members of some groups.
type PolicyAccountLinkFilterGroups struct {
	// Include are the IDs of the groups.
	Include []string `json:"include,omitzero"`
	Extra   Extra    `json:"-"`
}

// PolicySubject is how Okta finds the Okta user an identity provider's user is.
type PolicySubject struct {
	// Filter is a regular expression the user name must match.
	Filter string `json:"filter,omitzero"`
	// Format are the SAML NameID formats accepted.
	Format []string `json:"format,omitzero"`
	// MatchAttribute is the Okta user attribute to match with MatchType CUSTOM_ATTRIBUTE.
	MatchAttribute   string                  `json:"matchAttribute,omitzero"`
	MatchType        PolicySubjectMatchType  `json:"matchType,omitzero"`
	UserNameTemplate *PolicyUserNameTemplate `json:"userNameTemplate,omitzero"`
	Extra            Extra                   `json:"-"`
}

// PolicySubjectMatchType is which Okta user attribute the provider's user name is matched with.
type PolicySubjectMatchType string

// PolicySubjectMatchType values.
const (
	PolicySubjectMatchTypeCustomAttribute PolicySubjectMatchType = "CUSTOM_ATTRIBUTE"
	PolicySubjectMatchTypeEmail           PolicySubjectMatchType = "EMAIL"
	PolicySubjectMatchTypeUsername        PolicySubjectMatchType = "USERNAME"
	PolicySubjectMatchTypeUsernameOrEmail PolicySubjectMatchType = "USERNAME_OR_EMAIL"
)

// PolicyUserNameTemplate is the expression that makes a user name from the provider's user, such as
// "idpuser.email".
type PolicyUserNameTemplate struct {
	Template string `json:"template,omitzero"`
	Extra    Extra  `json:"-"`
}

// Provisioning is how Okta creates and updates the users an identity provider signs in.
type Provisioning struct {
	Action     ProvisioningAction      `json:"action,omitzero"`
	Conditions *ProvisioningConditions `json:"conditions,omitzero"`
	Groups     *ProvisioningGroups     `json:"groups,omitzero"`
	// ProfileMaster makes the provider the source of the users' profiles.
	ProfileMaster *bool `json:"profileMaster,omitzero"`
	Extra         Extra `json:"-"`
}

// ProvisioningAction is whether Okta creates users just in time.
type ProvisioningAction string

// ProvisioningAction values.
const (
	ProvisioningActionAuto     ProvisioningAction = "AUTO"
	ProvisioningActionCallout  ProvisioningAction = "CALLOUT"
	ProvisioningActionDisabled ProvisioningAction = "DISABLED"
)

// ProvisioningConditions are what Okta does with deprovisioned and suspended users who sign in.
type ProvisioningConditions struct {
	Deprovisioned *ProvisioningDeprovisionedCondition `json:"deprovisioned,omitzero"`
	Suspended     *ProvisioningSuspendedCondition     `json:"suspended,omitzero"`
	Extra         Extra                               `json:"-"`
}

// ProvisioningDeprovisionedCondition is what Okta does with a deprovisioned user who signs in.
type ProvisioningDeprovisionedCondition struct {
	Action ProvisioningDeprovisionedAction `json:"action,omitzero"`
	Extra  Extra                           `json:"-"`
}

// ProvisioningDeprovisionedAction is what Okta does with a deprovisioned user who signs in.
type ProvisioningDeprovisionedAction string

// ProvisioningDeprovisionedAction values.
const (
	ProvisioningDeprovisionedActionNone       ProvisioningDeprovisionedAction = "NONE"
	ProvisioningDeprovisionedActionReactivate ProvisioningDeprovisionedAction = "REACTIVATE"
)

// ProvisioningSuspendedCondition is what Okta does with a suspended user who signs in.
type ProvisioningSuspendedCondition struct {
	Action ProvisioningSuspendedAction `json:"action,omitzero"`
	Extra  Extra                       `json:"-"`
}

// ProvisioningSuspendedAction is what Okta does with a suspended user who signs in.
type ProvisioningSuspendedAction string

// ProvisioningSuspendedAction values.
const (
	ProvisioningSuspendedActionNone      ProvisioningSuspendedAction = "NONE"
	ProvisioningSuspendedActionUnsuspend ProvisioningSuspendedAction = "UNSUSPEND"
)

// ProvisioningGroups is how Okta manages the group memberships of the users an identity provider signs in.
type ProvisioningGroups struct {
	Action ProvisioningGroupsAction `json:"action,omitzero"`
	// Assignments are the IDs of the groups to add users to, with Action ASSIGN.
	Assignments []string `json:"assignments,omitzero"`
	// Filter are the IDs of the groups that Action APPEND or SYNC may manage.
	Filter []string `json:"filter,omitzero"`
	// SourceAttributeName is the provider's attribute that lists a user's groups, with APPEND or SYNC.
	SourceAttributeName string `json:"sourceAttributeName,omitzero"`
	Extra               Extra  `json:"-"`
}

// ProvisioningGroupsAction is how group memberships are managed.
type ProvisioningGroupsAction string

// ProvisioningGroupsAction values.
const (
	ProvisioningGroupsActionAppend ProvisioningGroupsAction = "APPEND"
	ProvisioningGroupsActionAssign ProvisioningGroupsAction = "ASSIGN"
	ProvisioningGroupsActionNone   ProvisioningGroupsAction = "NONE"
	ProvisioningGroupsActionSync   ProvisioningGroupsAction = "SYNC"
)

// IdentityProviderApplicationUser is the link between an identity provider and an Okta user: their ID at the
// provider and the profile the provider last sent.
type IdentityProviderApplicationUser struct {
	// ID is the Okta user's ID.
	ID string `json:"id,omitzero"`
	// ExternalID is the user's ID at the provider.
	ExternalID string `json:"externalId,omitzero"`
	// Created and LastUpdated are timestamps the API describes as plain strings.
	Created     time.Time `json:"created,omitzero"`
	LastUpdated time.Time `json:"lastUpdated,omitzero"`
	// Profile is the user's profile at the provider, as it sent it; read it with Get.
	Profile  Extra `json:"profile,omitzero"`
	Embedded Extra `json:"_embedded,omitzero"`
	Links    Links `json:"_links,omitzero"`
	Extra    Extra `json:"-"`
}

// LinkIdentityProviderUserRequest is the body of IdentityProvidersService.LinkUser.
type LinkIdentityProviderUserRequest struct {
	// ExternalID is the user's ID at the provider.
	ExternalID string `json:"externalId,omitzero"`
	Extra      Extra  `json:"-"`
}

// SocialAuthToken is a token an identity provider issued to a user.
type SocialAuthToken struct {
	ID              string    `json:"id,omitzero"`
	Token           string    `json:"token,omitzero"`
	TokenType       string    `json:"tokenType,omitzero"`
	TokenAuthScheme string    `json:"tokenAuthScheme,omitzero"`
	Scopes          []string  `json:"scopes,omitzero"`
	ExpiresAt       time.Time `json:"expiresAt,omitzero"`
	Extra           Extra     `json:"-"`
}

// AMRValue is an authentication method reference (RFC 8176) an identity provider may assert.
type AMRValue string

// AMRValue values. Okta may send others; they decode as they are.
const (
	AMRValueSmartCard   AMRValue = "sc"
	AMRValueHardwareKey AMRValue = "hwk"
	AMRValuePIN         AMRValue = "pin"
	AMRValueMFA         AMRValue = "mfa"
)
