package okta

import (
	"context"
	"net/http"
	"time"
)

// ResourceSetsService manages resource sets, the collections of resources (users, groups, apps, ...) that a
// custom admin role applies to, and their bindings: which role is granted over the set, and to which members
// (users and groups). Reach it as client.ResourceSets.
//
// Okta answers the lists of this service with an object that wraps the items and links to the next page in
// its _links; the List methods return that object, and the ListIter methods walk the items page after page.
type ResourceSetsService service

// List returns one page of the org's resource sets. Okta links the next page from its envelope; the
// Response keeps the link, so pass resp.After back in opts.After, or use ListIter.
//
//okta:operation listResourceSets GET /api/v1/iam/resource-sets
func (s *ResourceSetsService) List(ctx context.Context, opts *ResourceSetsListOptions) ([]ResourceSet, *Response, error) {
	return sendItems(ctx, s.client, newRequest(http.MethodGet, "/api/v1/iam/resource-sets").withQuery(opts), resourceSetsPage)
}

// ListIter returns an iterator over all the org's resource sets, fetching pages as it goes.
func (s *ResourceSetsService) ListIter(ctx context.Context, opts *ResourceSetsListOptions) *Iterator[ResourceSet] {
	return newEnvelopeIterator(ctx, s.client, newRequest(http.MethodGet, "/api/v1/iam/resource-sets").withQuery(opts), resourceSetsPage)
}

// Create creates a resource set with a label, a description and its first resources, given as the URLs of
// the Okta resources (https://{yourOktaDomain}/api/v1/groups/{groupId}, .../api/v1/users, ...).
//
//okta:operation createResourceSet POST /api/v1/iam/resource-sets
func (s *ResourceSetsService) Create(ctx context.Context, resourceSet *CreateResourceSetRequest) (*ResourceSet, *Response, error) {
	return send[*ResourceSet](ctx, s.client, newRequest(http.MethodPost, "/api/v1/iam/resource-sets").withBody(resourceSet))
}

// Get retrieves a resource set by ID.
//
//okta:operation getResourceSet GET /api/v1/iam/resource-sets/{resourceSetId}
func (s *ResourceSetsService) Get(ctx context.Context, resourceSetID string) (*ResourceSet, *Response, error) {
	return send[*ResourceSet](ctx, s.client, newRequest(http.MethodGet, "/api/v1/iam/resource-sets/{resourceSetId}", resourceSetID))
}

// Replace replaces the label and description of a resource set. Its resources are changed with AddResources
// and DeleteResource.
//
//okta:operation replaceResourceSet PUT /api/v1/iam/resource-sets/{resourceSetId}
func (s *ResourceSetsService) Replace(ctx context.Context, resourceSetID string, resourceSet *ResourceSet) (*ResourceSet, *Response, error) {
	return send[*ResourceSet](ctx, s.client, newRequest(http.MethodPut, "/api/v1/iam/resource-sets/{resourceSetId}", resourceSetID).withBody(resourceSet))
}

// Delete deletes a resource set.
//
//okta:operation deleteResourceSet DELETE /api/v1/iam/resource-sets/{resourceSetId}
func (s *ResourceSetsService) Delete(ctx context.Context, resourceSetID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/iam/resource-sets/{resourceSetId}", resourceSetID))
}

// ListBindings returns one page of the bindings of a resource set: the roles granted over it. Pass
// resp.After back in opts.After for the next page, or use ListBindingsIter.
//
//okta:operation listBindings GET /api/v1/iam/resource-sets/{resourceSetId}/bindings
func (s *ResourceSetsService) ListBindings(ctx context.Context, resourceSetID string, opts *ResourceSetsListBindingsOptions) ([]ResourceSetBindingRole, *Response, error) {
	return sendItems(ctx, s.client, newRequest(http.MethodGet, "/api/v1/iam/resource-sets/{resourceSetId}/bindings", resourceSetID).withQuery(opts), resourceSetBindingsPage)
}

// ListBindingsIter returns an iterator over all the bindings of a resource set, fetching pages as it goes.
func (s *ResourceSetsService) ListBindingsIter(ctx context.Context, resourceSetID string, opts *ResourceSetsListBindingsOptions) *Iterator[ResourceSetBindingRole] {
	return newEnvelopeIterator(ctx, s.client, newRequest(http.MethodGet, "/api/v1/iam/resource-sets/{resourceSetId}/bindings", resourceSetID).withQuery(opts), resourceSetBindingsPage)
}

// CreateBinding binds a custom role to a resource set and grants it to its first members, given as the URLs
// of users and groups (https://{yourOktaDomain}/api/v1/groups/{groupId}, ...).
//
//okta:operation createResourceSetBinding POST /api/v1/iam/resource-sets/{resourceSetId}/bindings
func (s *ResourceSetsService) CreateBinding(ctx context.Context, resourceSetID string, binding *CreateResourceSetBindingRequest) (*ResourceSetBindingResponse, *Response, error) {
	return send[*ResourceSetBindingResponse](ctx, s.client, newRequest(http.MethodPost, "/api/v1/iam/resource-sets/{resourceSetId}/bindings", resourceSetID).withBody(binding))
}

// GetBinding retrieves the binding of the role roleIDOrLabel (its ID or label) to a resource set.
//
//okta:operation getBinding GET /api/v1/iam/resource-sets/{resourceSetId}/bindings/{roleIdOrLabel}
func (s *ResourceSetsService) GetBinding(ctx context.Context, resourceSetID, roleIDOrLabel string) (*ResourceSetBindingResponse, *Response, error) {
	return send[*ResourceSetBindingResponse](ctx, s.client, newRequest(http.MethodGet, "/api/v1/iam/resource-sets/{resourceSetId}/bindings/{roleIdOrLabel}", resourceSetID, roleIDOrLabel))
}

// DeleteBinding deletes the binding of the role roleIDOrLabel to a resource set, taking the role away from
// all its members over the set.
//
//okta:operation deleteBinding DELETE /api/v1/iam/resource-sets/{resourceSetId}/bindings/{roleIdOrLabel}
func (s *ResourceSetsService) DeleteBinding(ctx context.Context, resourceSetID, roleIDOrLabel string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/iam/resource-sets/{resourceSetId}/bindings/{roleIdOrLabel}", resourceSetID, roleIDOrLabel))
}

// ListBindingMembers returns one page of the members (users and groups) of the binding of the role
// roleIDOrLabel over a resource set. Pass resp.After back in opts.After for the next page, or use
// ListBindingMembersIter.
//
//okta:operation listMembersOfBinding GET /api/v1/iam/resource-sets/{resourceSetId}/bindings/{roleIdOrLabel}/members
func (s *ResourceSetsService) ListBindingMembers(ctx context.Context, resourceSetID, roleIDOrLabel string, opts *ResourceSetsListBindingMembersOptions) ([]ResourceSetBindingMember, *Response, error) {
	return sendItems(ctx, s.client, newRequest(http.MethodGet, "/api/v1/iam/resource-sets/{resourceSetId}/bindings/{roleIdOrLabel}/members", resourceSetID, roleIDOrLabel).withQuery(opts), resourceSetBindingMembersPage)
}

// ListBindingMembersIter returns an iterator over all the members of the binding of the role roleIDOrLabel to
// a resource set, fetching pages as it goes.
func (s *ResourceSetsService) ListBindingMembersIter(ctx context.Context, resourceSetID, roleIDOrLabel string, opts *ResourceSetsListBindingMembersOptions) *Iterator[ResourceSetBindingMember] {
	return newEnvelopeIterator(ctx, s.client, newRequest(http.MethodGet, "/api/v1/iam/resource-sets/{resourceSetId}/bindings/{roleIdOrLabel}/members", resourceSetID, roleIDOrLabel).withQuery(opts), resourceSetBindingMembersPage)
}

// AddBindingMembers adds members, given as the URLs of users and groups, to the binding of the role
// roleIDOrLabel to a resource set.
//
//okta:operation addMembersToBinding PATCH /api/v1/iam/resource-sets/{resourceSetId}/bindings/{roleIdOrLabel}/members
func (s *ResourceSetsService) AddBindingMembers(ctx context.Context, resourceSetID, roleIDOrLabel string, members *AddResourceSetBindingMembersRequest) (*ResourceSetBindingResponse, *Response, error) {
	return send[*ResourceSetBindingResponse](ctx, s.client, newRequest(http.MethodPatch, "/api/v1/iam/resource-sets/{resourceSetId}/bindings/{roleIdOrLabel}/members", resourceSetID, roleIDOrLabel).withBody(members))
}

// GetBindingMember retrieves a member of the binding of the role roleIDOrLabel to a resource set. memberID is
// the ID of the membership (ResourceSetBindingMember.ID), not of the user or group.
//
//okta:operation getMemberOfBinding GET /api/v1/iam/resource-sets/{resourceSetId}/bindings/{roleIdOrLabel}/members/{memberId}
func (s *ResourceSetsService) GetBindingMember(ctx context.Context, resourceSetID, roleIDOrLabel, memberID string) (*ResourceSetBindingMember, *Response, error) {
	return send[*ResourceSetBindingMember](ctx, s.client, newRequest(http.MethodGet, "/api/v1/iam/resource-sets/{resourceSetId}/bindings/{roleIdOrLabel}/members/{memberId}", resourceSetID, roleIDOrLabel, memberID))
}

// RemoveBindingMember removes a member from the binding of the role roleIDOrLabel to a resource set.
// memberID is the ID of the membership (ResourceSetBindingMember.ID), not of the user or group.
//
//okta:operation unassignMemberFromBinding DELETE /api/v1/iam/resource-sets/{resourceSetId}/bindings/{roleIdOrLabel}/members/{memberId}
func (s *ResourceSetsService) RemoveBindingMember(ctx context.Context, resourceSetID, roleIDOrLabel, memberID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/iam/resource-sets/{resourceSetId}/bindings/{roleIdOrLabel}/members/{memberId}", resourceSetID, roleIDOrLabel, memberID))
}

// ListResources returns one page of the resources of a resource set; use ListResourcesIter for all of them.
//
//okta:operation listResourceSetResources GET /api/v1/iam/resource-sets/{resourceSetId}/resources
func (s *ResourceSetsService) ListResources(ctx context.Context, resourceSetID string, opts *ResourceSetsListResourcesOptions) ([]ResourceSetResource, *Response, error) {
	return sendItems(ctx, s.client, newRequest(http.MethodGet, "/api/v1/iam/resource-sets/{resourceSetId}/resources", resourceSetID).withQuery(opts), resourceSetResourcesPage)
}

// ListResourcesIter returns an iterator over all the resources of a resource set, following the link to each
// next page.
func (s *ResourceSetsService) ListResourcesIter(ctx context.Context, resourceSetID string, opts *ResourceSetsListResourcesOptions) *Iterator[ResourceSetResource] {
	return newEnvelopeIterator(ctx, s.client, newRequest(http.MethodGet, "/api/v1/iam/resource-sets/{resourceSetId}/resources", resourceSetID).withQuery(opts), resourceSetResourcesPage)
}

// AddResources adds resources, given as the URLs of Okta resources, to a resource set and returns the set.
//
//okta:operation addResourceSetResource PATCH /api/v1/iam/resource-sets/{resourceSetId}/resources
func (s *ResourceSetsService) AddResources(ctx context.Context, resourceSetID string, resources *AddResourceSetResourcesRequest) (*ResourceSet, *Response, error) {
	return send[*ResourceSet](ctx, s.client, newRequest(http.MethodPatch, "/api/v1/iam/resource-sets/{resourceSetId}/resources", resourceSetID).withBody(resources))
}

// RemoveResource removes a resource from a resource set. resourceID is the ID of the resource within the set
// (ResourceSetResource.ID), not of the user, group or app it points to.
//
//okta:operation deleteResourceSetResource DELETE /api/v1/iam/resource-sets/{resourceSetId}/resources/{resourceId}
func (s *ResourceSetsService) RemoveResource(ctx context.Context, resourceSetID, resourceID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/iam/resource-sets/{resourceSetId}/resources/{resourceId}", resourceSetID, resourceID))
}

// ResourceSetsListOptions are the parameters of ResourceSetsService.List.
type ResourceSetsListOptions struct {
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
}

// ResourceSetsListBindingsOptions are the parameters of ResourceSetsService.ListBindings.
type ResourceSetsListBindingsOptions struct {
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
}

// ResourceSetsListBindingMembersOptions are the parameters of ResourceSetsService.ListBindingMembers.
type ResourceSetsListBindingMembersOptions struct {
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
}

// ResourceSetsListResourcesOptions are the parameters of ResourceSetsService.ListResources.
type ResourceSetsListResourcesOptions struct {
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size (Okta's default is 100).
	Limit int `url:"limit"`
}

// ResourceSets is a page of resource sets and the link to the next page (Links.Href("next")).
type ResourceSets struct {
	ResourceSets []ResourceSet `json:"resource-sets,omitzero"`
	Links        Links         `json:"_links,omitzero"`
	Extra        Extra         `json:"-"`
}

func resourceSetsPage(p *ResourceSets) ([]ResourceSet, Links) { return p.ResourceSets, p.Links }

// ResourceSet is a collection of resources that a custom admin role can be granted over.
type ResourceSet struct {
	ID          string    `json:"id,omitzero"`
	Label       string    `json:"label,omitzero"`
	Description string    `json:"description,omitzero"`
	Created     time.Time `json:"created,omitzero"`
	LastUpdated time.Time `json:"lastUpdated,omitzero"`
	// Links holds self, resources and bindings.
	Links Links `json:"_links,omitzero"`
	Extra Extra `json:"-"`
}

// CreateResourceSetRequest is the body of ResourceSetsService.Create.
type CreateResourceSetRequest struct {
	Label       string `json:"label,omitzero"`
	Description string `json:"description,omitzero"`
	// Resources are the URLs of the set's first resources, such as
	// https://{yourOktaDomain}/api/v1/groups/{groupId} or https://{yourOktaDomain}/api/v1/users.
	Resources []string `json:"resources,omitzero"`
	Extra     Extra    `json:"-"`
}

// ResourceSetBindings is a page of the bindings of a resource set (the roles granted over it) and the link to
// the next page (Links.Href("next")).
type ResourceSetBindings struct {
	Roles []ResourceSetBindingRole `json:"roles,omitzero"`
	Links Links                    `json:"_links,omitzero"`
	Extra Extra                    `json:"-"`
}

func resourceSetBindingsPage(p *ResourceSetBindings) ([]ResourceSetBindingRole, Links) {
	return p.Roles, p.Links
}

// ResourceSetBindingRole is a role bound to a resource set; Links.Href("members") lists the binding's
// members.
type ResourceSetBindingRole struct {
	ID    string `json:"id,omitzero"`
	Links Links  `json:"_links,omitzero"`
	Extra Extra  `json:"-"`
}

// CreateResourceSetBindingRequest is the body of ResourceSetsService.CreateBinding.
type CreateResourceSetBindingRequest struct {
	// Role is the ID of the custom role to bind.
	Role string `json:"role,omitzero"`
	// Members are the URLs of the users and groups to grant the role to, such as
	// https://{yourOktaDomain}/api/v1/groups/{groupId}.
	Members []string `json:"members,omitzero"`
	Extra   Extra    `json:"-"`
}

// ResourceSetBindingResponse is a binding of a role to a resource set: its ID is the role's.
type ResourceSetBindingResponse struct {
	ID string `json:"id,omitzero"`
	// Links holds self, bindings and resource-set.
	Links Links `json:"_links,omitzero"`
	Extra Extra `json:"-"`
}

// ResourceSetBindingMembers is a page of the members of a binding and the link to the next page
// (Links.Href("next")).
type ResourceSetBindingMembers struct {
	Members []ResourceSetBindingMember `json:"members,omitzero"`
	Links   Links                      `json:"_links,omitzero"`
	Extra   Extra                      `json:"-"`
}

func resourceSetBindingMembersPage(p *ResourceSetBindingMembers) ([]ResourceSetBindingMember, Links) {
	return p.Members, p.Links
}

// ResourceSetBindingMember is a member of a binding: Links.Href("self") is the user or group.
type ResourceSetBindingMember struct {
	ID          string    `json:"id,omitzero"`
	Created     time.Time `json:"created,omitzero"`
	LastUpdated time.Time `json:"lastUpdated,omitzero"`
	Links       Links     `json:"_links,omitzero"`
	Extra       Extra     `json:"-"`
}

// AddResourceSetBindingMembersRequest is the body of ResourceSetsService.AddBindingMembers.
type AddResourceSetBindingMembersRequest struct {
	// Additions are the URLs of the users and groups to add.
	Additions []string `json:"additions,omitzero"`
	Extra     Extra    `json:"-"`
}

// ResourceSetResources is a page of the resources of a resource set and the link to the next page
// (Links.Href("next")).
type ResourceSetResources struct {
	Resources []ResourceSetResource `json:"resources,omitzero"`
	Links     Links                 `json:"_links,omitzero"`
	Extra     Extra                 `json:"-"`
}

func resourceSetResourcesPage(p *ResourceSetResources) ([]ResourceSetResource, Links) {
	return p.Resources, p.Links
}

// ResourceSetResource is a resource of a resource set: Links.Href("self") is the Okta resource it stands for
// (a group, the users of a group, ...), or, for all users or groups, Links.Href("users") or
// Links.Href("groups").
type ResourceSetResource struct {
	ID          string `json:"id,omitzero"`
	Description string `json:"description,omitzero"`
	// ORN is the Okta Resource Name of the resource.
	ORN string `json:"orn,omitzero"`
	// Conditions exclude part of what the resource covers.
	Conditions  *ResourceConditions `json:"conditions,omitzero"`
	Created     time.Time           `json:"created,omitzero"`
	LastUpdated time.Time           `json:"lastUpdated,omitzero"`
	Links       Links               `json:"_links,omitzero"`
	Extra       Extra               `json:"-"`
}

// AddResourceSetResourcesRequest is the body of ResourceSetsService.AddResources.
type AddResourceSetResourcesRequest struct {
	// Additions are the URLs of the resources to add.
	Additions []string `json:"additions,omitzero"`
	Extra     Extra    `json:"-"`
}
