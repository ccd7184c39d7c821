package okta

import (
	"context"
	"encoding/json"
	"net/http"
)

// AddResource adds one resource to a resource set, with conditions that exclude some of what it covers
// (for instance the apps of a type from "all apps"). resourceSetIDOrLabel is the set's ID or label.
//
//okta:operation addResourceSetResource POST /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources
func (s *ResourceSetsService) AddResource(ctx context.Context, resourceSetIDOrLabel string, resource *AddResourceSetResourceRequest) (*ResourceSetResource, *Response, error) {
	return send[*ResourceSetResource](ctx, s.client, newRequest(http.MethodPost, "/api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources", resourceSetIDOrLabel).withBody(resource))
}

// GetResource retrieves a resource of a resource set by its ID.
//
//okta:operation getResourceSetResource GET /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources/{resourceId}
func (s *ResourceSetsService) GetResource(ctx context.Context, resourceSetIDOrLabel, resourceID string) (*ResourceSetResource, *Response, error) {
	return send[*ResourceSetResource](ctx, s.client, newRequest(http.MethodGet, "/api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources/{resourceId}", resourceSetIDOrLabel, resourceID))
}

// ReplaceResource replaces the conditions of a resource of a resource set. Okta's PUT takes only the
// conditions: get them from a resource with (*ResourceSetResource).ReplaceRequest.
//
//okta:operation replaceResourceSetResource PUT /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources/{resourceId}
func (s *ResourceSetsService) ReplaceResource(ctx context.Context, resourceSetIDOrLabel, resourceID string, resource *ReplaceResourceSetResourceRequest) (*ResourceSetResource, *Response, error) {
	return send[*ResourceSetResource](ctx, s.client, newRequest(http.MethodPut, "/api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources/{resourceId}", resourceSetIDOrLabel, resourceID).withBody(resource))
}

// AddResourceSetResourceRequest is the body of ResourceSetsService.AddResource.
type AddResourceSetResourceRequest struct {
	// ResourceORNOrURL is the resource's Okta Resource Name or its REST URL (required).
	ResourceORNOrURL string `json:"resourceOrnOrUrl,omitzero"`
	// Conditions exclude part of the resource (required by Okta).
	Conditions *ResourceConditions `json:"conditions,omitzero"`
	Extra      Extra               `json:"-"`
}

// ReplaceResourceSetResourceRequest is the body of ResourceSetsService.ReplaceResource.
type ReplaceResourceSetResourceRequest struct {
	Conditions *ResourceConditions `json:"conditions,omitzero"`
	Extra      Extra               `json:"-"`
}

// ReplaceRequest returns the body that ReplaceResource takes to keep r's conditions as they are: change its
// Conditions and pass it on. The conditions are a copy: changing them leaves r as it is.
func (r *ResourceSetResource) ReplaceRequest() (*ReplaceResourceSetResourceRequest, error) {
	req := &ReplaceResourceSetResourceRequest{}
	if r.Conditions != nil {
		raw, err := json.Marshal(r.Conditions)
		if err != nil {
			return nil, err
		}
		req.Conditions = &ResourceConditions{}
		if err := decodeJSON(raw, req.Conditions); err != nil {
			return nil, err
		}
	}
	return req, nil
}

// ResourceConditions narrow a resource of a resource set.
type ResourceConditions struct {
	// Exclude lists what the resource does not cover.
	Exclude *ResourceConditionsExclude `json:"Exclude,omitzero"`
	Extra   Extra                      `json:"-"`
}

// ResourceConditionsExclude lists excluded resources by ORN.
type ResourceConditionsExclude struct {
	// ORNs are the Okta Resource Names of the excluded resources.
	ORNs  []string `json:"okta:ORN,omitzero"`
	Extra Extra    `json:"-"`
}
