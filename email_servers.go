package okta

import (
	"context"
	"fmt"
	"net/http"
)

// EmailServersService manages custom SMTP servers: the org's own mail servers that Okta sends its email
// through instead of its default service. Reach it as client.EmailServers.
type EmailServersService service

// List returns the org's custom SMTP servers. The list is not paginated.
//
//okta:operation listEmailServers GET /api/v1/email-servers
func (s *EmailServersService) List(ctx context.Context) ([]EmailServerResponse, *Response, error) {
	return sendItems(ctx, s.client, newRequest(http.MethodGet, "/api/v1/email-servers"), emailServersPage)
}

// Create adds a custom SMTP server. Alias, Host, Port, Username and AuthType are required, with the members of
// that kind (see CreateEmailServerRequest.AuthType); the server carries the org's email only once Enabled is true.
//
//okta:operation createEmailServer POST /api/v1/email-servers
func (s *EmailServersService) Create(ctx context.Context, server *CreateEmailServerRequest) (*EmailServerResponse, *Response, error) {
	return send[*EmailServerResponse](ctx, s.client, newRequest(http.MethodPost, "/api/v1/email-servers").withBody(server))
}

// Get retrieves a custom SMTP server by ID. Okta's 5.1.0 API description answers with the envelope of List
// holding the one server, its current description with the server itself; Get takes either, and fails if the
// envelope does not hold exactly one server.
//
//okta:operation getEmailServer GET /api/v1/email-servers/{emailServerId}
func (s *EmailServersService) Get(ctx context.Context, emailServerID string) (*EmailServerResponse, *Response, error) {
	answer, resp, err := send[*emailServerAnswer](ctx, s.client, newRequest(http.MethodGet, "/api/v1/email-servers/{emailServerId}", emailServerID))
	if err != nil {
		return nil, resp, err
	}
	if len(answer.servers) != 1 {
		return nil, resp, fmt.Errorf("okta: GET /api/v1/email-servers/%s: the answer holds %d servers, want 1", emailServerID, len(answer.servers))
	}
	return &answer.servers[0], resp, nil
}

// emailServerAnswer is the answer of getEmailServer: the list envelope ({"email-servers": [...]}) or one
// server.
type emailServerAnswer struct {
	servers []EmailServerResponse
}

// UnmarshalJSON takes the servers of an envelope, or the one server the answer is.
func (a *emailServerAnswer) UnmarshalJSON(b []byte) error {
	var env EmailServerListResponse
	if err := decodeJSON(b, &env); err != nil {
		return err
	}
	if _, ok := env.Extra["email-servers"]; ok || env.EmailServers != nil {
		a.servers = env.EmailServers
		return nil
	}
	var server EmailServerResponse
	if err := decodeJSON(b, &server); err != nil {
		return err
	}
	a.servers = []EmailServerResponse{server}
	return nil
}

func emailServersPage(p *EmailServerListResponse) ([]EmailServerResponse, Links) {
	return p.EmailServers, nil
}

// Update changes the settings of a custom SMTP server that are set in server and leaves the others as they
// are (an HTTP PATCH).
//
//okta:operation updateEmailServer PATCH /api/v1/email-servers/{emailServerId}
func (s *EmailServersService) Update(ctx context.Context, emailServerID string, server *UpdateEmailServerRequest) (*EmailServerResponse, *Response, error) {
	return send[*EmailServerResponse](ctx, s.client, newRequest(http.MethodPatch, "/api/v1/email-servers/{emailServerId}", emailServerID).withBody(server))
}

// Delete deletes a custom SMTP server.
//
//okta:operation deleteEmailServer DELETE /api/v1/email-servers/{emailServerId}
func (s *EmailServersService) Delete(ctx context.Context, emailServerID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/email-servers/{emailServerId}", emailServerID))
}

// Test sends a test email through a custom SMTP server, from and to the addresses given: FromAddress and
// ToAddress, as Okta's current API description names them.
//
//okta:operation testEmailServer POST /api/v1/email-servers/{emailServerId}/test
func (s *EmailServersService) Test(ctx context.Context, emailServerID string, addresses *EmailTestAddresses) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/email-servers/{emailServerId}/test", emailServerID).withBody(addresses))
}

// EmailServerListResponse is the envelope of the custom SMTP servers that List and Get return.
type EmailServerListResponse struct {
	EmailServers []EmailServerResponse `json:"email-servers,omitzero"`
	Extra        Extra                 `json:"-"`
}

// EmailServerResponse is a custom SMTP server as Okta returns it (without the password).
type EmailServerResponse struct {
	ID string `json:"id,omitzero"`
	// Alias names the configuration.
	Alias string `json:"alias,omitzero"`
	// Enabled says whether all of the org's email goes through this server.
	Enabled bool `json:"enabled,omitzero"`
	// AuthType is how Okta authenticates to the server.
	AuthType SMTPAuthType `json:"authType,omitzero"`
	Host     string       `json:"host,omitzero"`
	Port     int          `json:"port,omitzero"`
	Username string       `json:"username,omitzero"`
	Extra    Extra        `json:"-"`
}

// CreateEmailServerRequest is the body of EmailServersService.Create: one of the three kinds Okta's API
// describes by AuthType (BASIC_SMTP_AUTH_REQ, OAUTH2_CLIENT_CREDENTIALS_REQ, OAUTH2_JWT_BEARER_GRANT_REQ). Alias,
// Host, Port, Username and the members of the kind are required. The secrets (Password, ClientSecret,
// PrivateKey) are write-only: EmailServerResponse never has them.
type CreateEmailServerRequest struct {
	// Alias names the configuration.
	Alias string `json:"alias,omitzero"`
	// Enabled says whether all of the org's email goes through this server.
	Enabled *bool `json:"enabled,omitzero"`
	// AuthType is how Okta authenticates to the server, and says which of the fields below apply:
	// SMTPAuthTypeBasic takes Password; SMTPAuthTypeOAuth2ClientCredentials takes ClientID, ClientSecret,
	// TokenEndpoint, TokenEndpointAuthMethod and Scopes; SMTPAuthTypeOAuth2JWTBearerGrant takes ClientID,
	// TokenEndpoint, Scopes, SigningAlgorithm, KeyID, PrivateKey, Issuer, Subject and Audience. Okta's current API
	// description requires it; the 5.1.0 one does not have it.
	AuthType SMTPAuthType `json:"authType,omitzero"`
	Host     string       `json:"host,omitzero"`
	Port     int          `json:"port,omitzero"`
	Username string       `json:"username,omitzero"`
	// Password is the password of the account that signs in to the server (SMTPAuthTypeBasic). Okta never
	// returns it.
	Password string `json:"password,omitzero"`
	// ClientID is the client ID of the OAuth 2.0 app made with the email provider (SMTPAuthTypeOAuth2ClientCredentials
	// and SMTPAuthTypeOAuth2JWTBearerGrant).
	ClientID string `json:"clientId,omitzero"`
	// ClientSecret is the client secret of that OAuth 2.0 app (SMTPAuthTypeOAuth2ClientCredentials). Okta never
	// returns it.
	ClientSecret string `json:"clientSecret,omitzero"`
	// TokenEndpoint is the email provider's URL where the app exchanges its credentials or signed JWT for an
	// access token (both OAuth 2.0 kinds).
	TokenEndpoint string `json:"tokenEndpoint,omitzero"`
	// TokenEndpointAuthMethod is how the app sends its client ID and secret to TokenEndpoint
	// (SMTPAuthTypeOAuth2ClientCredentials).
	TokenEndpointAuthMethod SMTPTokenEndpointAuthMethod `json:"tokenEndpointAuthMethod,omitzero"`
	// Scopes are the OAuth 2.0 scopes requested from the email provider; one must allow sending email (both
	// OAuth 2.0 kinds).
	Scopes []string `json:"scopes,omitzero"`
	// SigningAlgorithm is the algorithm that signs the JWT (SMTPAuthTypeOAuth2JWTBearerGrant).
	SigningAlgorithm SMTPSigningAlgorithm `json:"signingAlgorithm,omitzero"`
	// KeyID is the ID of the private key that signs the JWT (SMTPAuthTypeOAuth2JWTBearerGrant).
	KeyID string `json:"keyId,omitzero"`
	// PrivateKey is the RSA private key that signs the JWT (SMTPAuthTypeOAuth2JWTBearerGrant). Okta never returns
	// it.
	PrivateKey string `json:"privateKey,omitzero"`
	// Issuer is the entity that creates the JWT, sometimes the email address of its creator
	// (SMTPAuthTypeOAuth2JWTBearerGrant).
	Issuer string `json:"issuer,omitzero"`
	// Subject is the email address of the account the app impersonates to send email
	// (SMTPAuthTypeOAuth2JWTBearerGrant).
	Subject string `json:"subject,omitzero"`
	// Audience is the URI of the authorization server that verifies the JWT, typically its token URI
	// (SMTPAuthTypeOAuth2JWTBearerGrant).
	Audience string `json:"audience,omitzero"`
	Extra    Extra  `json:"-"`
}

// UpdateEmailServerRequest is the body of EmailServersService.Update: only the settings that are set are changed.
type UpdateEmailServerRequest struct {
	// Alias names the configuration.
	Alias string `json:"alias,omitzero"`
	// Enabled says whether all of the org's email goes through this server.
	Enabled *bool `json:"enabled,omitzero"`
	// AuthType changes how Okta authenticates to the server; the fields that apply to each kind are those of
	// CreateEmailServerRequest.
	AuthType SMTPAuthType `json:"authType,omitzero"`
	Host     string       `json:"host,omitzero"`
	Port     int          `json:"port,omitzero"`
	Username string       `json:"username,omitzero"`
	// Password is the password of the account that signs in to the server (SMTPAuthTypeBasic). Okta never
	// returns it.
	Password string `json:"password,omitzero"`
	// ClientID is the client ID of the OAuth 2.0 app made with the email provider (SMTPAuthTypeOAuth2ClientCredentials
	// and SMTPAuthTypeOAuth2JWTBearerGrant).
	ClientID string `json:"clientId,omitzero"`
	// ClientSecret is the client secret of that OAuth 2.0 app (SMTPAuthTypeOAuth2ClientCredentials). Okta never
	// returns it.
	ClientSecret string `json:"clientSecret,omitzero"`
	// TokenEndpoint is the email provider's URL where the app exchanges its credentials or signed JWT for an
	// access token (both OAuth 2.0 kinds).
	TokenEndpoint string `json:"tokenEndpoint,omitzero"`
	// TokenEndpointAuthMethod is how the app sends its client ID and secret to TokenEndpoint
	// (SMTPAuthTypeOAuth2ClientCredentials).
	TokenEndpointAuthMethod SMTPTokenEndpointAuthMethod `json:"tokenEndpointAuthMethod,omitzero"`
	// Scopes are the OAuth 2.0 scopes requested from the email provider; one must allow sending email (both
	// OAuth 2.0 kinds).
	Scopes []string `json:"scopes,omitzero"`
	// SigningAlgorithm is the algorithm that signs the JWT (SMTPAuthTypeOAuth2JWTBearerGrant).
	SigningAlgorithm SMTPSigningAlgorithm `json:"signingAlgorithm,omitzero"`
	// KeyID is the ID of the private key that signs the JWT (SMTPAuthTypeOAuth2JWTBearerGrant).
	KeyID string `json:"keyId,omitzero"`
	// PrivateKey is the RSA private key that signs the JWT (SMTPAuthTypeOAuth2JWTBearerGrant). Okta never returns
	// it.
	PrivateKey string `json:"privateKey,omitzero"`
	// Issuer is the entity that creates the JWT, sometimes the email address of its creator
	// (SMTPAuthTypeOAuth2JWTBearerGrant).
	Issuer string `json:"issuer,omitzero"`
	// Subject is the email address of the account the app impersonates to send email
	// (SMTPAuthTypeOAuth2JWTBearerGrant).
	Subject string `json:"subject,omitzero"`
	// Audience is the URI of the authorization server that verifies the JWT, typically its token URI
	// (SMTPAuthTypeOAuth2JWTBearerGrant).
	Audience string `json:"audience,omitzero"`
	Extra    Extra  `json:"-"`
}

// SMTPAuthType is how Okta authenticates to a custom SMTP server.
type SMTPAuthType string

// SMTPAuthType values. Okta may send others; they decode as they are.
const (
	// SMTPAuthTypeBasic signs in with the server's username and password.
	SMTPAuthTypeBasic SMTPAuthType = "BASIC_SMTP_AUTH"
	// SMTPAuthTypeOAuth2ClientCredentials gets an access token from the email provider with the client ID and
	// secret of an OAuth 2.0 app.
	SMTPAuthTypeOAuth2ClientCredentials SMTPAuthType = "OAUTH2_CLIENT_CREDENTIALS"
	// SMTPAuthTypeOAuth2JWTBearerGrant gets an access token from the email provider with a JWT signed by a
	// private key.
	SMTPAuthTypeOAuth2JWTBearerGrant SMTPAuthType = "OAUTH2_JWT_BEARER_GRANT"
)

// SMTPTokenEndpointAuthMethod is how the OAuth 2.0 app of a custom SMTP server sends its client ID and secret to
// the email provider's token endpoint.
type SMTPTokenEndpointAuthMethod string

// SMTPTokenEndpointAuthMethod values. Okta may send others; they decode as they are.
const (
	// SMTPTokenEndpointAuthMethodClientSecretBasic sends them Base64-encoded in the Authorization header.
	SMTPTokenEndpointAuthMethodClientSecretBasic SMTPTokenEndpointAuthMethod = "CLIENT_SECRET_BASIC"
	// SMTPTokenEndpointAuthMethodClientSecretPost sends them as form parameters in the body of the request.
	SMTPTokenEndpointAuthMethodClientSecretPost SMTPTokenEndpointAuthMethod = "CLIENT_SECRET_POST"
)

// SMTPSigningAlgorithm is the algorithm that signs the JWT of a custom SMTP server's JWT bearer grant.
type SMTPSigningAlgorithm string

// SMTPSigningAlgorithm values. Okta may send others; they decode as they are.
const (
	// SMTPSigningAlgorithmRS256 is RSASSA-PKCS1-v1_5 with SHA-256.
	SMTPSigningAlgorithmRS256 SMTPSigningAlgorithm = "RS256"
)

// EmailTestAddresses are the sender and recipient of a test email. Okta's current API description names
// them fromAddress and toAddress (FromAddress, ToAddress); the 5.1.0 description named them from and to (From,
// To). Only the fields that are set are sent.
type EmailTestAddresses struct {
	// From is the sender, under the 5.1.0 name.
	From string `json:"from,omitzero"`
	// To is the recipient, under the 5.1.0 name.
	To string `json:"to,omitzero"`
	// FromAddress is the email address that sends the test email.
	FromAddress string `json:"fromAddress,omitzero"`
	// ToAddress is the email address that receives the test email.
	ToAddress string `json:"toAddress,omitzero"`
	Extra     Extra  `json:"-"`
}
