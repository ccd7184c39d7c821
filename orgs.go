package okta

import (
	"context"
	"net/http"
	"time"
)

// OrgsService creates child orgs of the org: orgs that share its features. Reach it as client.Orgs; the org's
// own settings are on client.OrgSettings.
type OrgsService service

// Create creates a child org from org (its Name, Subdomain, Edition and first super admin, Admin) and returns
// it with an API token for its super admin (Token), the only time Okta shows it. The child org gets the parent's
// features, and those the parent gains later, but not those of some products (Atspoke, Workflows, Okta Identity
// Governance). Wait at least 30 seconds after Create returns before calling the new org.
//
//okta:operation createChildOrg POST /api/v1/orgs
func (s *OrgsService) Create(ctx context.Context, org *ChildOrg) (*ChildOrg, *Response, error) {
	return send[*ChildOrg](ctx, s.client, newRequest(http.MethodPost, "/api/v1/orgs").withBody(org))
}

// ChildOrg is a child org: what to create, and what Okta returns once it is created.
type ChildOrg struct {
	// ID is the org's ID (read-only).
	ID string `json:"id,omitzero"`
	// Name is the org's unique name, shown in the title of its sign-in page (required, 1 to 100 characters).
	Name string `json:"name,omitzero"`
	// Subdomain is the org's unique subdomain, without spaces (required, 1 to 57 characters).
	Subdomain string `json:"subdomain,omitzero"`
	// Edition is the org's edition (required): ChildOrgEditionSKU.
	Edition ChildOrgEdition `json:"edition,omitzero"`
	// Website is the org's default website.
	Website string `json:"website,omitzero"`
	// Admin is the first super admin of the org (required on create; Okta never returns it).
	Admin *OrgCreationAdmin `json:"admin,omitzero"`
	// Status is ACTIVE once the org is created (read-only).
	Status ChildOrgStatus `json:"status,omitzero"`
	// Token is an API token of the super admin, to provision the new org with; Okta returns it only from Create
	// (read-only). It is revoked when the super admin is deactivated.
	Token string `json:"token,omitzero"`
	// TokenType is the kind of Token: SSWS, sent in the Authorization header as "SSWS <token>" (read-only).
	TokenType   ChildOrgTokenType `json:"tokenType,omitzero"`
	Created     time.Time         `json:"created,omitzero"`
	LastUpdated time.Time         `json:"lastUpdated,omitzero"`
	// Settings are the settings of the created org (read-only), kept as Okta sent them.
	Settings Extra `json:"settings,omitzero"`
	Links    Links `json:"_links,omitzero"`
	Extra    Extra `json:"-"`
}

// ChildOrgEdition is the edition of a child org.
type ChildOrgEdition string

// ChildOrgEdition values.
const (
	// ChildOrgEditionSKU is the only edition Okta supports.
	ChildOrgEditionSKU ChildOrgEdition = "SKU"
)

// ChildOrgStatus is the status of a child org.
type ChildOrgStatus string

// ChildOrgStatus values. Okta may send others; they decode as they are.
const (
	ChildOrgStatusActive ChildOrgStatus = "ACTIVE"
)

// ChildOrgTokenType is the kind of API token Okta returns for a child org's super admin.
type ChildOrgTokenType string

// ChildOrgTokenType values. Okta may send others; they decode as they are.
const (
	// ChildOrgTokenTypeSSWS is an Okta API token, sent as "Authorization: SSWS <token>" (WithAPIToken).
	ChildOrgTokenTypeSSWS ChildOrgTokenType = "SSWS"
)

// OrgCreationAdmin is the first super admin of a child org. Without Credentials, the admin sets them up at the
// first sign-in.
type OrgCreationAdmin struct {
	// Profile needs at least Email, Login, FirstName and LastName.
	Profile *UserProfile `json:"profile,omitzero"`
	// Credentials are the admin's password and recovery question.
	Credentials *UserCredentials `json:"credentials,omitzero"`
	Extra       Extra            `json:"-"`
}
