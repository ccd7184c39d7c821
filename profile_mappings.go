package okta

import (
	"context"
	"encoding/json"
	"net/http"
)

// ProfileMappingsService manages profile mappings: how the attributes of a user's profile flow between Okta and
// an app (or an identity provider), one Okta Expression Language expression per target attribute. Okta creates
// a mapping for each direction when an app or a user type is created; they can be read and changed, not created
// or deleted. Reach it as client.ProfileMappings.
type ProfileMappingsService service

// List returns one page of the org's profile mappings, without their property mappings (Get has those). Pass
// resp.After back in opts.After to fetch the next page, or use ListIter.
//
//okta:operation listProfileMappings GET /api/v1/mappings
func (s *ProfileMappingsService) List(ctx context.Context, opts *ProfileMappingsListOptions) ([]ListProfileMappings, *Response, error) {
	return send[[]ListProfileMappings](ctx, s.client, newRequest(http.MethodGet, "/api/v1/mappings").withQuery(opts))
}

// ListIter returns an iterator over all the profile mappings that match opts, fetching pages as it goes.
func (s *ProfileMappingsService) ListIter(ctx context.Context, opts *ProfileMappingsListOptions) *Iterator[ListProfileMappings] {
	return newIterator[ListProfileMappings](ctx, s.client, newRequest(http.MethodGet, "/api/v1/mappings").withQuery(opts))
}

// Get retrieves a profile mapping with its property mappings.
//
//okta:operation getProfileMapping GET /api/v1/mappings/{mappingId}
func (s *ProfileMappingsService) Get(ctx context.Context, mappingID string) (*ProfileMapping, *Response, error) {
	return send[*ProfileMapping](ctx, s.client, newRequest(http.MethodGet, "/api/v1/mappings/{mappingId}", mappingID))
}

// Update adds, changes or removes the property mappings named in req.Properties and leaves the others as they
// are; it returns the whole mapping. To remove the mapping of a property, give it
// RemovedProfileMappingProperty():
//
//	client.ProfileMappings.Update(ctx, id, &okta.UpdateProfileMappingRequest{Properties: map[string]*okta.ProfileMappingProperty{
//		"fullName": {Expression: "user.firstName + user.lastName", PushStatus: okta.ProfileMappingPropertyPushStatusPush},
//		"nickName": okta.RemovedProfileMappingProperty(),
//	}})
//
//okta:operation updateProfileMapping POST /api/v1/mappings/{mappingId}
func (s *ProfileMappingsService) Update(ctx context.Context, mappingID string, req *UpdateProfileMappingRequest) (*ProfileMapping, *Response, error) {
	return send[*ProfileMapping](ctx, s.client, newRequest(http.MethodPost, "/api/v1/mappings/{mappingId}", mappingID).withBody(req))
}

// RemovedProfileMappingProperty returns the value that removes a property's mapping in
// ProfileMappingsService.Update: a property mapping whose expression and push status are null.
func RemovedProfileMappingProperty() *ProfileMappingProperty {
	return &ProfileMappingProperty{Extra: Extra{"expression": json.RawMessage("null"), "pushStatus": json.RawMessage("null")}}
}

// ProfileMappingsListOptions are the parameters of ProfileMappingsService.List.
type ProfileMappingsListOptions struct {
	// After is the cursor of the page to start from: Response.After of the previous page (a mapping ID).
	After string `url:"after"`
	// Limit is the page size (Okta's default is 20, its maximum 200).
	Limit int `url:"limit"`
	// SourceID lists only the mappings whose source is this app or user type.
	SourceID string `url:"sourceId"`
	// TargetID lists only the mappings whose target is this app or user type.
	TargetID string `url:"targetId"`
}

// ListProfileMappings is a profile mapping as List returns it: its source and target, without its property
// mappings.
type ListProfileMappings struct {
	ID     string                `json:"id,omitzero"`
	Source *ProfileMappingSource `json:"source,omitzero"`
	Target *ProfileMappingTarget `json:"target,omitzero"`
	Links  Links                 `json:"_links,omitzero"`
	Extra  Extra                 `json:"-"`
}

// ProfileMapping maps the profile attributes of a source (Okta user type, app, identity provider) to those of a
// target, one expression per target attribute. Mappings go from Okta to an app or from an app to Okta.
type ProfileMapping struct {
	ID     string                `json:"id,omitzero"`
	Source *ProfileMappingSource `json:"source,omitzero"`
	Target *ProfileMappingTarget `json:"target,omitzero"`
	// Properties maps each target attribute to the expression that computes it from the source.
	Properties map[string]*ProfileMappingProperty `json:"properties,omitzero"`
	Links      Links                              `json:"_links,omitzero"`
	Extra      Extra                              `json:"-"`
}

// ProfileMappingProperty is the mapping of one target attribute.
type ProfileMappingProperty struct {
	// Expression computes the attribute from the source's attributes, e.g. "user.firstName".
	Expression string                           `json:"expression,omitzero"`
	PushStatus ProfileMappingPropertyPushStatus `json:"pushStatus,omitzero"`
	Extra      Extra                            `json:"-"`
}

// ProfileMappingPropertyPushStatus says when a mapped attribute is written to the target.
type ProfileMappingPropertyPushStatus string

// ProfileMappingPropertyPushStatus values.
const (
	// ProfileMappingPropertyPushStatusDontPush writes the attribute when the user is created only.
	ProfileMappingPropertyPushStatusDontPush ProfileMappingPropertyPushStatus = "DONT_PUSH"
	// ProfileMappingPropertyPushStatusPush writes the attribute when the user is created and updated.
	ProfileMappingPropertyPushStatusPush ProfileMappingPropertyPushStatus = "PUSH"
)

// UpdateProfileMappingRequest holds the property mappings to add, change or remove.
type UpdateProfileMappingRequest struct {
	Properties map[string]*ProfileMappingProperty `json:"properties,omitzero"`
	Extra      Extra                              `json:"-"`
}

// ProfileMappingSource is the source of a profile mapping: an Okta user type or an app.
type ProfileMappingSource struct {
	ID   string `json:"id,omitzero"`
	Name string `json:"name,omitzero"`
	// Type is "user" for an Okta user type, "appuser" for an app.
	Type string `json:"type,omitzero"`
	// Links name the source (self) and its profile schema (schema).
	Links Links `json:"_links,omitzero"`
	Extra Extra `json:"-"`
}

// ProfileMappingTarget is the target of a profile mapping: an Okta user type or an app.
type ProfileMappingTarget struct {
	ID   string `json:"id,omitzero"`
	Name string `json:"name,omitzero"`
	// Type is "user" for an Okta user type, "appuser" for an app.
	Type string `json:"type,omitzero"`
	// Links name the target (self) and its profile schema (schema).
	Links Links `json:"_links,omitzero"`
	Extra Extra `json:"-"`
}
