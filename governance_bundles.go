package okta

import (
	"context"
	"net/http"
)

// GovernanceBundlesService manages governance bundles: named sets of admin role entitlements that Okta
// Identity Governance grants through access requests, and the Admin Console's opt-in to entitlement
// management. Reach it as client.GovernanceBundles.
type GovernanceBundlesService service

// List returns one page of governance bundles. Pass resp.After back in opts.After to fetch the next page, or
// use ListIter.
//
//okta:operation listGovernanceBundles GET /api/v1/iam/governance/bundles
func (s *GovernanceBundlesService) List(ctx context.Context, opts *GovernanceBundlesListOptions) ([]GovernanceBundle, *Response, error) {
	env, resp, err := sendEnvelope(ctx, s.client, newRequest(http.MethodGet, "/api/v1/iam/governance/bundles").withQuery(opts), governanceBundlesPage)
	if env == nil {
		return nil, resp, err
	}
	return env.Bundles, resp, err
}

// ListIter returns an iterator over all governance bundles, fetching pages as it goes.
func (s *GovernanceBundlesService) ListIter(ctx context.Context, opts *GovernanceBundlesListOptions) *Iterator[GovernanceBundle] {
	return newEnvelopeIterator(ctx, s.client, newRequest(http.MethodGet, "/api/v1/iam/governance/bundles").withQuery(opts), governanceBundlesPage)
}

func governanceBundlesPage(p *governanceBundles) ([]GovernanceBundle, Links) {
	return p.Bundles, p.Links
}

// Create creates a governance bundle with a name and entitlements.
//
//okta:operation createGovernanceBundle POST /api/v1/iam/governance/bundles
func (s *GovernanceBundlesService) Create(ctx context.Context, bundle *CreateGovernanceBundleRequest) (*GovernanceBundle, *Response, error) {
	return send[*GovernanceBundle](ctx, s.client, newRequest(http.MethodPost, "/api/v1/iam/governance/bundles").withBody(bundle))
}

// Get retrieves a governance bundle by ID.
//
//okta:operation getGovernanceBundle GET /api/v1/iam/governance/bundles/{bundleId}
func (s *GovernanceBundlesService) Get(ctx context.Context, bundleID string) (*GovernanceBundle, *Response, error) {
	return send[*GovernanceBundle](ctx, s.client, newRequest(http.MethodGet, "/api/v1/iam/governance/bundles/{bundleId}", bundleID))
}

// Replace replaces the name and entitlements of a governance bundle. Okta's PUT takes the entitlements, which
// a GovernanceBundle does not carry: start from (*GovernanceBundle).ReplaceRequest and set them.
//
//okta:operation replaceGovernanceBundle PUT /api/v1/iam/governance/bundles/{bundleId}
func (s *GovernanceBundlesService) Replace(ctx context.Context, bundleID string, bundle *ReplaceGovernanceBundleRequest) (*GovernanceBundle, *Response, error) {
	return send[*GovernanceBundle](ctx, s.client, newRequest(http.MethodPut, "/api/v1/iam/governance/bundles/{bundleId}", bundleID).withBody(bundle))
}

// Delete deletes a governance bundle.
//
//okta:operation deleteGovernanceBundle DELETE /api/v1/iam/governance/bundles/{bundleId}
func (s *GovernanceBundlesService) Delete(ctx context.Context, bundleID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/iam/governance/bundles/{bundleId}", bundleID))
}

// ListEntitlements returns one page of the entitlements of a governance bundle. Use ListEntitlementsIter for
// all of them.
//
//okta:operation listBundleEntitlements GET /api/v1/iam/governance/bundles/{bundleId}/entitlements
func (s *GovernanceBundlesService) ListEntitlements(ctx context.Context, bundleID string, opts *GovernanceBundlesListEntitlementsOptions) ([]BundleEntitlement, *Response, error) {
	env, resp, err := sendEnvelope(ctx, s.client, newRequest(http.MethodGet, "/api/v1/iam/governance/bundles/{bundleId}/entitlements", bundleID).withQuery(opts), bundleEntitlementsPage)
	if env == nil {
		return nil, resp, err
	}
	return env.Entitlements, resp, err
}

// ListEntitlementsIter returns an iterator over all the entitlements of a governance bundle.
func (s *GovernanceBundlesService) ListEntitlementsIter(ctx context.Context, bundleID string, opts *GovernanceBundlesListEntitlementsOptions) *Iterator[BundleEntitlement] {
	return newEnvelopeIterator(ctx, s.client, newRequest(http.MethodGet, "/api/v1/iam/governance/bundles/{bundleId}/entitlements", bundleID).withQuery(opts), bundleEntitlementsPage)
}

func bundleEntitlementsPage(p *bundleEntitlements) ([]BundleEntitlement, Links) {
	return p.Entitlements, p.Links
}

// ListEntitlementValues returns one page of the values (targets, resource sets) of an entitlement of a
// governance bundle. Use ListEntitlementValuesIter for all of them.
//
//okta:operation listBundleEntitlementValues GET /api/v1/iam/governance/bundles/{bundleId}/entitlements/{entitlementId}/values
func (s *GovernanceBundlesService) ListEntitlementValues(ctx context.Context, bundleID, entitlementID string, opts *GovernanceBundlesListEntitlementValuesOptions) ([]EntitlementValue, *Response, error) {
	env, resp, err := sendEnvelope(ctx, s.client, newRequest(http.MethodGet, "/api/v1/iam/governance/bundles/{bundleId}/entitlements/{entitlementId}/values", bundleID, entitlementID).withQuery(opts), entitlementValuesPage)
	if env == nil {
		return nil, resp, err
	}
	return env.EntitlementValues, resp, err
}

// ListEntitlementValuesIter returns an iterator over all the values of an entitlement of a governance bundle.
func (s *GovernanceBundlesService) ListEntitlementValuesIter(ctx context.Context, bundleID, entitlementID string, opts *GovernanceBundlesListEntitlementValuesOptions) *Iterator[EntitlementValue] {
	return newEnvelopeIterator(ctx, s.client, newRequest(http.MethodGet, "/api/v1/iam/governance/bundles/{bundleId}/entitlements/{entitlementId}/values", bundleID, entitlementID).withQuery(opts), entitlementValuesPage)
}

func entitlementValuesPage(p *entitlementValues) ([]EntitlementValue, Links) {
	return p.EntitlementValues, p.Links
}

// GetOptInStatus retrieves whether the Admin Console is opted in to entitlement management.
//
//okta:operation getOptInStatus GET /api/v1/iam/governance/optIn
func (s *GovernanceBundlesService) GetOptInStatus(ctx context.Context) (*OptInStatusResponse, *Response, error) {
	return send[*OptInStatusResponse](ctx, s.client, newRequest(http.MethodGet, "/api/v1/iam/governance/optIn"))
}

// OptIn opts the Admin Console in to entitlement management; Okta answers with the status (OPTING_IN first).
//
//okta:operation optIn POST /api/v1/iam/governance/optIn
func (s *GovernanceBundlesService) OptIn(ctx context.Context) (*OptInStatusResponse, *Response, error) {
	return send[*OptInStatusResponse](ctx, s.client, newRequest(http.MethodPost, "/api/v1/iam/governance/optIn"))
}

// OptOut opts the Admin Console out of entitlement management.
//
//okta:operation optOut POST /api/v1/iam/governance/optOut
func (s *GovernanceBundlesService) OptOut(ctx context.Context) (*OptInStatusResponse, *Response, error) {
	return send[*OptInStatusResponse](ctx, s.client, newRequest(http.MethodPost, "/api/v1/iam/governance/optOut"))
}

// GovernanceBundlesListOptions are the parameters of GovernanceBundlesService.List.
type GovernanceBundlesListOptions struct {
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size.
	Limit int `url:"limit"`
}

// GovernanceBundlesListEntitlementsOptions are the parameters of GovernanceBundlesService.ListEntitlements.
type GovernanceBundlesListEntitlementsOptions struct {
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size.
	Limit int `url:"limit"`
}

// GovernanceBundlesListEntitlementValuesOptions are the parameters of
// GovernanceBundlesService.ListEntitlementValues.
type GovernanceBundlesListEntitlementValuesOptions struct {
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size.
	Limit int `url:"limit"`
}

// GovernanceBundle is a governance bundle.
type GovernanceBundle struct {
	ID          string `json:"id,omitzero"`
	Name        string `json:"name,omitzero"`
	Description string `json:"description,omitzero"`
	// ORN is the bundle's Okta Resource Name.
	ORN    string `json:"orn,omitzero"`
	Status string `json:"status,omitzero"`
	// Links has self and entitlements.
	Links Links `json:"_links,omitzero"`
	Extra Extra `json:"-"`
}

// ReplaceRequest returns the body that GovernanceBundlesService.Replace takes with b's name and description;
// add the entitlements the bundle is to hold.
func (b *GovernanceBundle) ReplaceRequest() *ReplaceGovernanceBundleRequest {
	return &ReplaceGovernanceBundleRequest{Name: b.Name, Description: b.Description}
}

// CreateGovernanceBundleRequest is the body of GovernanceBundlesService.Create.
type CreateGovernanceBundleRequest struct {
	Name         string                 `json:"name,omitzero"`
	Description  string                 `json:"description,omitzero"`
	Entitlements []IAMBundleEntitlement `json:"entitlements,omitzero"`
	Extra        Extra                  `json:"-"`
}

// ReplaceGovernanceBundleRequest is the body of GovernanceBundlesService.Replace.
type ReplaceGovernanceBundleRequest struct {
	Name         string                 `json:"name,omitzero"`
	Description  string                 `json:"description,omitzero"`
	Entitlements []IAMBundleEntitlement `json:"entitlements,omitzero"`
	Extra        Extra                  `json:"-"`
}

// IAMBundleEntitlement is an admin role a bundle grants, limited to targets or resource sets.
type IAMBundleEntitlement struct {
	// Role is the role's type or custom role ID.
	Role string `json:"role,omitzero"`
	// ResourceSets are the IDs of the resource sets of a custom role.
	ResourceSets []string `json:"resourceSets,omitzero"`
	// Targets are the ORNs of the role's targets.
	Targets []string `json:"targets,omitzero"`
	Extra   Extra    `json:"-"`
}

// BundleEntitlement is an entitlement of a governance bundle; Links.Href("values") lists its values.
type BundleEntitlement struct {
	ID   string `json:"id,omitzero"`
	Name string `json:"name,omitzero"`
	// Description is the description of the entitlement's role.
	Description string `json:"description,omitzero"`
	Role        string `json:"role,omitzero"`
	Links       Links  `json:"_links,omitzero"`
	Extra       Extra  `json:"-"`
}

// EntitlementValue is a value of an entitlement: a group, app or resource set, linked from Links.
type EntitlementValue struct {
	ID    string `json:"id,omitzero"`
	Name  string `json:"name,omitzero"`
	Value string `json:"value,omitzero"`
	Links Links  `json:"_links,omitzero"`
	Extra Extra  `json:"-"`
}

// OptInStatusResponse is the Admin Console's opt-in status to entitlement management.
type OptInStatusResponse struct {
	OptInStatus OptInStatus `json:"optInStatus,omitzero"`
	Links       Links       `json:"_links,omitzero"`
	Extra       Extra       `json:"-"`
}

// OptInStatus is the state of the Admin Console's opt-in to entitlement management.
type OptInStatus string

// OptInStatus values.
const (
	OptInStatusOptingIn  OptInStatus = "OPTING_IN"
	OptInStatusOptedIn   OptInStatus = "OPTED_IN"
	OptInStatusOptingOut OptInStatus = "OPTING_OUT"
	OptInStatusOptedOut  OptInStatus = "OPTED_OUT"
)

// governanceBundles is the page GovernanceBundlesService.List unwraps.
type governanceBundles struct {
	Bundles []GovernanceBundle `json:"bundles"`
	Links   Links              `json:"_links,omitzero"`
}

// bundleEntitlements is the page GovernanceBundlesService.ListEntitlements unwraps.
type bundleEntitlements struct {
	Entitlements []BundleEntitlement `json:"entitlements"`
	Links        Links               `json:"_links,omitzero"`
}

// entitlementValues is the page GovernanceBundlesService.ListEntitlementValues unwraps.
type entitlementValues struct {
	EntitlementValues []EntitlementValue `json:"entitlementValues"`
	Links             Links              `json:"_links,omitzero"`
}
