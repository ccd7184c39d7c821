package okta

import (
	"context"
	"net/http"
)

// EmailServersService manages custom SMTP servers: the org's own mail servers that Okta sends its email
// through instead of its default service. Reach it as client.EmailServers.
type EmailServersService service

// List returns the org's custom SMTP servers, in the envelope Okta answers with: the servers are in the
// result's EmailServers. The list is not paginated.
//
//okta:operation listEmailServers GET /api/v1/email-servers
func (s *EmailServersService) List(ctx context.Context) (*EmailServerListResponse, *Response, error) {
	return send[*EmailServerListResponse](ctx, s.client, newRequest(http.MethodGet, "/api/v1/email-servers"))
}

// Create adds a custom SMTP server. Alias, Host, Port, Username and Password are required; the server carries
// the org's email only once Enabled is true.
//
//okta:operation createEmailServer POST /api/v1/email-servers
func (s *EmailServersService) Create(ctx context.Context, server *CreateEmailServerRequest) (*EmailServerResponse, *Response, error) {
	return send[*EmailServerResponse](ctx, s.client, newRequest(http.MethodPost, "/api/v1/email-servers").withBody(server))
}

// Get retrieves a custom SMTP server by ID. Okta answers with the same envelope as List, holding the one
// server in EmailServers.
//
//okta:operation getEmailServer GET /api/v1/email-servers/{emailServerId}
func (s *EmailServersService) Get(ctx context.Context, emailServerID string) (*EmailServerListResponse, *Response, error) {
	return send[*EmailServerListResponse](ctx, s.client, newRequest(http.MethodGet, "/api/v1/email-servers/{emailServerId}", emailServerID))
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

// Test sends a test email through a custom SMTP server, from and to the addresses given.
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
	Enabled  bool   `json:"enabled,omitzero"`
	Host     string `json:"host,omitzero"`
	Port     int    `json:"port,omitzero"`
	Username string `json:"username,omitzero"`
	Extra    Extra  `json:"-"`
}

// CreateEmailServerRequest is the body of EmailServersService.Create. Alias, Host, Port, Username and Password are
// required.
type CreateEmailServerRequest struct {
	// Alias names the configuration.
	Alias string `json:"alias,omitzero"`
	// Enabled says whether all of the org's email goes through this server.
	Enabled  *bool  `json:"enabled,omitzero"`
	Host     string `json:"host,omitzero"`
	Port     int    `json:"port,omitzero"`
	Username string `json:"username,omitzero"`
	Password string `json:"password,omitzero"`
	Extra    Extra  `json:"-"`
}

// UpdateEmailServerRequest is the body of EmailServersService.Update: only the settings that are set are changed.
type UpdateEmailServerRequest struct {
	// Alias names the configuration.
	Alias string `json:"alias,omitzero"`
	// Enabled says whether all of the org's email goes through this server.
	Enabled  *bool  `json:"enabled,omitzero"`
	Host     string `json:"host,omitzero"`
	Port     int    `json:"port,omitzero"`
	Username string `json:"username,omitzero"`
	Password string `json:"password,omitzero"`
	Extra    Extra  `json:"-"`
}

// EmailTestAddresses are the sender and recipient of a test email.
type EmailTestAddresses struct {
	From  string `json:"from,omitzero"`
	To    string `json:"to,omitzero"`
	Extra Extra  `json:"-"`
}
