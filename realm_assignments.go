package okta

import (
	"context"
	"net/http"
	"time"
)

// RealmAssignmentsService manages realm assignments: rules that move users into a realm when they match a
// condition (their profile source and an expression), and the operations that apply them. Reach it as
// client.RealmAssignments.
type RealmAssignmentsService service

// List returns one page of realm assignments. Pass resp.After back in opts.After to fetch the next page, or
// use ListIter.
//
//okta:operation listRealmAssignments GET /api/v1/realm-assignments
func (s *RealmAssignmentsService) List(ctx context.Context, opts *RealmAssignmentsListOptions) ([]RealmAssignment, *Response, error) {
	return send[[]RealmAssignment](ctx, s.client, newRequest(http.MethodGet, "/api/v1/realm-assignments").withQuery(opts))
}

// ListIter returns an iterator over all realm assignments, fetching pages as it goes.
func (s *RealmAssignmentsService) ListIter(ctx context.Context, opts *RealmAssignmentsListOptions) *Iterator[RealmAssignment] {
	return newIterator[RealmAssignment](ctx, s.client, newRequest(http.MethodGet, "/api/v1/realm-assignments").withQuery(opts))
}

// Create creates a realm assignment from its Name, Priority, Conditions and Actions. Okta answers 201 Created
// with the assignment, inactive.
//
//okta:operation createRealmAssignment POST /api/v1/realm-assignments
func (s *RealmAssignmentsService) Create(ctx context.Context, assignment *RealmAssignment) (*RealmAssignment, *Response, error) {
	return send[*RealmAssignment](ctx, s.client, newRequest(http.MethodPost, "/api/v1/realm-assignments").withBody(assignment))
}

// ListOperations returns one page of the operations that applied realm assignments. Pass resp.After back in
// opts.After to fetch the next page, or use ListOperationsIter.
//
//okta:operation listRealmAssignmentOperations GET /api/v1/realm-assignments/operations
func (s *RealmAssignmentsService) ListOperations(ctx context.Context, opts *RealmAssignmentsListOperationsOptions) ([]RealmAssignmentOperationResponse, *Response, error) {
	return send[[]RealmAssignmentOperationResponse](ctx, s.client, newRequest(http.MethodGet, "/api/v1/realm-assignments/operations").withQuery(opts))
}

// ListOperationsIter returns an iterator over all realm assignment operations, fetching pages as it goes.
func (s *RealmAssignmentsService) ListOperationsIter(ctx context.Context, opts *RealmAssignmentsListOperationsOptions) *Iterator[RealmAssignmentOperationResponse] {
	return newIterator[RealmAssignmentOperationResponse](ctx, s.client, newRequest(http.MethodGet, "/api/v1/realm-assignments/operations").withQuery(opts))
}

// Execute starts an operation that applies the realm assignment req.AssignmentID to the existing users. Okta
// answers 201 Created with the operation; follow it with ListOperations.
//
//okta:operation executeRealmAssignment POST /api/v1/realm-assignments/operations
func (s *RealmAssignmentsService) Execute(ctx context.Context, req *ExecuteRealmAssignmentRequest) (*RealmAssignmentOperationResponse, *Response, error) {
	return send[*RealmAssignmentOperationResponse](ctx, s.client, newRequest(http.MethodPost, "/api/v1/realm-assignments/operations").withBody(req))
}

// Get retrieves a realm assignment by ID.
//
//okta:operation getRealmAssignment GET /api/v1/realm-assignments/{assignmentId}
func (s *RealmAssignmentsService) Get(ctx context.Context, assignmentID string) (*RealmAssignment, *Response, error) {
	return send[*RealmAssignment](ctx, s.client, newRequest(http.MethodGet, "/api/v1/realm-assignments/{assignmentId}", assignmentID))
}

// Replace replaces a realm assignment's name, priority, conditions and actions; what Get returns can be
// changed and passed back.
//
//okta:operation replaceRealmAssignment PUT /api/v1/realm-assignments/{assignmentId}
func (s *RealmAssignmentsService) Replace(ctx context.Context, assignmentID string, assignment *RealmAssignment) (*RealmAssignment, *Response, error) {
	return send[*RealmAssignment](ctx, s.client, newRequest(http.MethodPut, "/api/v1/realm-assignments/{assignmentId}", assignmentID).withBody(assignment))
}

// Delete deletes a realm assignment. Okta only deletes an inactive one.
//
//okta:operation deleteRealmAssignment DELETE /api/v1/realm-assignments/{assignmentId}
func (s *RealmAssignmentsService) Delete(ctx context.Context, assignmentID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/realm-assignments/{assignmentId}", assignmentID))
}

// Activate activates a realm assignment: it then places the users it matches as they are created or updated.
//
//okta:operation activateRealmAssignment POST /api/v1/realm-assignments/{assignmentId}/lifecycle/activate
func (s *RealmAssignmentsService) Activate(ctx context.Context, assignmentID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/realm-assignments/{assignmentId}/lifecycle/activate", assignmentID))
}

// Deactivate deactivates a realm assignment.
//
//okta:operation deactivateRealmAssignment POST /api/v1/realm-assignments/{assignmentId}/lifecycle/deactivate
func (s *RealmAssignmentsService) Deactivate(ctx context.Context, assignmentID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/realm-assignments/{assignmentId}/lifecycle/deactivate", assignmentID))
}

// RealmAssignmentsListOptions are the parameters of RealmAssignmentsService.List.
type RealmAssignmentsListOptions struct {
	// Limit is the page size.
	Limit int `url:"limit"`
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
}

// RealmAssignmentsListOperationsOptions are the parameters of RealmAssignmentsService.ListOperations.
type RealmAssignmentsListOperationsOptions struct {
	// Limit is the page size.
	Limit int `url:"limit"`
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
}

// RealmAssignment places the users that match its Conditions into the realm its Actions name.
type RealmAssignment struct {
	ID   string `json:"id,omitzero"`
	Name string `json:"name,omitzero"`
	// Priority orders the assignments, 0 first; the first that matches a user applies.
	Priority   *int                       `json:"priority,omitzero"`
	Conditions *RealmAssignmentConditions `json:"conditions,omitzero"`
	Actions    *RealmAssignmentActions    `json:"actions,omitzero"`
	// Status is ACTIVE or INACTIVE: use Activate and Deactivate.
	Status LifecycleStatus `json:"status,omitzero"`
	// IsDefault is true for the org's default assignment, which catches users no other one matches.
	IsDefault   bool      `json:"isDefault,omitzero"`
	Domains     []string  `json:"domains,omitzero"`
	Created     time.Time `json:"created,omitzero"`
	LastUpdated time.Time `json:"lastUpdated,omitzero"`
	Links       Links     `json:"_links,omitzero"`
	Extra       Extra     `json:"-"`
}

// RealmAssignmentConditions are the conditions of a realm assignment (the spec's Conditions).
type RealmAssignmentConditions struct {
	// ProfileSourceID is the ID of the profile source (an app or identity provider) of the users to match.
	ProfileSourceID string `json:"profileSourceId,omitzero"`
	// Expression is an Okta Expression Language condition on the user.
	Expression *RealmAssignmentExpression `json:"expression,omitzero"`
	Extra      Extra                      `json:"-"`
}

// RealmAssignmentExpression is an Okta Expression Language expression (the spec's Expression).
type RealmAssignmentExpression struct {
	Value string `json:"value,omitzero"`
	Extra Extra  `json:"-"`
}

// RealmAssignmentActions are what a realm assignment does (the spec's Actions).
type RealmAssignmentActions struct {
	AssignUserToRealm *AssignUserToRealm `json:"assignUserToRealm,omitzero"`
	Extra             Extra              `json:"-"`
}

// AssignUserToRealm names the realm a realm assignment moves users to.
type AssignUserToRealm struct {
	RealmID string `json:"realmId,omitzero"`
	Extra   Extra  `json:"-"`
}

// ExecuteRealmAssignmentRequest is the body of RealmAssignmentsService.Execute.
type ExecuteRealmAssignmentRequest struct {
	AssignmentID string `json:"assignmentId,omitzero"`
	Extra        Extra  `json:"-"`
}

// RealmAssignmentOperationResponse is an operation that applies a realm assignment to existing users.
type RealmAssignmentOperationResponse struct {
	ID     string                         `json:"id,omitzero"`
	Type   string                         `json:"type,omitzero"`
	Status RealmAssignmentOperationStatus `json:"status,omitzero"`
	// AssignmentOperation is the assignment the operation applies, as it was configured.
	AssignmentOperation *RealmAssignmentOperation `json:"assignmentOperation,omitzero"`
	// NumUserMoved is how many users the operation moved.
	NumUserMoved *float64  `json:"numUserMoved,omitzero"`
	RealmID      string    `json:"realmId,omitzero"`
	RealmName    string    `json:"realmName,omitzero"`
	Created      time.Time `json:"created,omitzero"`
	Started      time.Time `json:"started,omitzero"`
	Completed    time.Time `json:"completed,omitzero"`
	Links        Links     `json:"_links,omitzero"`
	Extra        Extra     `json:"-"`
}

// RealmAssignmentOperation holds the configuration of the realm assignment an operation applies.
type RealmAssignmentOperation struct {
	Configuration *RealmAssignment `json:"configuration,omitzero"`
	Extra         Extra            `json:"-"`
}

// RealmAssignmentOperationStatus is the status of a realm assignment operation.
type RealmAssignmentOperationStatus string

// RealmAssignmentOperationStatus values.
const (
	RealmAssignmentOperationStatusScheduled  RealmAssignmentOperationStatus = "SCHEDULED"
	RealmAssignmentOperationStatusInProgress RealmAssignmentOperationStatus = "IN_PROGRESS"
	RealmAssignmentOperationStatusCompleted  RealmAssignmentOperationStatus = "COMPLETED"
	RealmAssignmentOperationStatusFailed     RealmAssignmentOperationStatus = "FAILED"
)
