package okta

import (
	"context"
	"net/http"
	"time"
)

// ServiceAccountsService manages the app service accounts of Okta Privileged Access: accounts of SaaS apps
// whose credentials Okta vaults and rotates. Reach it as client.ServiceAccounts.
type ServiceAccountsService service

// List returns one page of app service accounts. Pass resp.After back in opts.After to fetch the next page,
// or use ListIter.
//
//okta:operation listAppServiceAccounts GET /privileged-access/api/v1/service-accounts
func (s *ServiceAccountsService) List(ctx context.Context, opts *ServiceAccountsListOptions) ([]AppServiceAccount, *Response, error) {
	return send[[]AppServiceAccount](ctx, s.client, newRequest(http.MethodGet, "/privileged-access/api/v1/service-accounts").withQuery(opts))
}

// ListIter returns an iterator over all app service accounts that match opts, fetching pages as it goes.
func (s *ServiceAccountsService) ListIter(ctx context.Context, opts *ServiceAccountsListOptions) *Iterator[AppServiceAccount] {
	return newIterator[AppServiceAccount](ctx, s.client, newRequest(http.MethodGet, "/privileged-access/api/v1/service-accounts").withQuery(opts))
}

// Create creates an app service account: its Name, ContainerORN (the app instance), Username and, optionally,
// Password and owners.
//
//okta:operation createAppServiceAccount POST /privileged-access/api/v1/service-accounts
func (s *ServiceAccountsService) Create(ctx context.Context, account *AppServiceAccount) (*AppServiceAccount, *Response, error) {
	return send[*AppServiceAccount](ctx, s.client, newRequest(http.MethodPost, "/privileged-access/api/v1/service-accounts").withBody(account))
}

// Get retrieves an app service account by ID.
//
//okta:operation getAppServiceAccount GET /privileged-access/api/v1/service-accounts/{id}
func (s *ServiceAccountsService) Get(ctx context.Context, id string) (*AppServiceAccount, *Response, error) {
	return send[*AppServiceAccount](ctx, s.client, newRequest(http.MethodGet, "/privileged-access/api/v1/service-accounts/{id}", id))
}

// Update changes the name or owners of an app service account that req sets.
//
//okta:operation updateAppServiceAccount PATCH /privileged-access/api/v1/service-accounts/{id}
func (s *ServiceAccountsService) Update(ctx context.Context, id string, req *UpdateAppServiceAccountRequest) (*AppServiceAccount, *Response, error) {
	return send[*AppServiceAccount](ctx, s.client, newRequest(http.MethodPatch, "/privileged-access/api/v1/service-accounts/{id}", id).withBody(req))
}

// Delete deletes an app service account.
//
//okta:operation deleteAppServiceAccount DELETE /privileged-access/api/v1/service-accounts/{id}
func (s *ServiceAccountsService) Delete(ctx context.Context, id string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/privileged-access/api/v1/service-accounts/{id}", id))
}

// ServiceAccountsListOptions are the parameters of ServiceAccountsService.List and ListIter.
type ServiceAccountsListOptions struct {
	// Match lists the accounts whose name, username or app contains Match (3 to 255 characters).
	Match string `url:"match"`
	// Limit is the page size (1 to 200; Okta's default is 20).
	Limit int `url:"limit"`
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
}

// ServiceAccountStatus is whether Okta Privileged Access can use an app service account.
type ServiceAccountStatus string

// ServiceAccountStatus values. Okta may send others; they decode as they are.
const (
	ServiceAccountStatusAlert     ServiceAccountStatus = "ALERT"
	ServiceAccountStatusError     ServiceAccountStatus = "ERROR"
	ServiceAccountStatusInfo      ServiceAccountStatus = "INFO"
	ServiceAccountStatusNoIssues  ServiceAccountStatus = "NO_ISSUES"
	ServiceAccountStatusUnsecured ServiceAccountStatus = "UNSECURED"
)

// ServiceAccountStatusDetail says where an app service account is in Okta Privileged Access.
type ServiceAccountStatusDetail string

// ServiceAccountStatusDetail values. Okta may send others; they decode as they are.
const (
	ServiceAccountStatusDetailCreationFailed  ServiceAccountStatusDetail = "CREATION_FAILED"
	ServiceAccountStatusDetailMissingPassword ServiceAccountStatusDetail = "MISSING_PASSWORD"
	ServiceAccountStatusDetailPending         ServiceAccountStatusDetail = "PENDING"
	ServiceAccountStatusDetailRotated         ServiceAccountStatusDetail = "ROTATED"
	ServiceAccountStatusDetailRotating        ServiceAccountStatusDetail = "ROTATING"
	ServiceAccountStatusDetailRotationFailed  ServiceAccountStatusDetail = "ROTATION_FAILED"
	ServiceAccountStatusDetailStaged          ServiceAccountStatusDetail = "STAGED"
	ServiceAccountStatusDetailUnmanaged       ServiceAccountStatusDetail = "UNMANAGED"
	ServiceAccountStatusDetailVaulted         ServiceAccountStatusDetail = "VAULTED"
)

// AppServiceAccount is an app service account of Okta Privileged Access.
type AppServiceAccount struct {
	// ID is the account's UUID (read-only).
	ID string `json:"id,omitzero"`
	// Name is the account's display name (required).
	Name string `json:"name,omitzero"`
	// Description says what the account is for (at most 255 characters).
	Description string `json:"description,omitzero"`
	// ContainerORN is the Okta resource name of the app instance the account belongs to (required).
	ContainerORN string `json:"containerOrn,omitzero"`
	// ContainerGlobalName and ContainerInstanceName name the app and its instance (read-only).
	ContainerGlobalName   string `json:"containerGlobalName,omitzero"`
	ContainerInstanceName string `json:"containerInstanceName,omitzero"`
	// Username is the account's username in the app (required).
	Username string `json:"username,omitzero"`
	// Password is the account's password, sent on create; Okta never returns it.
	Password      string                     `json:"password,omitzero"`
	OwnerUserIDs  []string                   `json:"ownerUserIds,omitzero"`
	OwnerGroupIDs []string                   `json:"ownerGroupIds,omitzero"`
	Status        ServiceAccountStatus       `json:"status,omitzero"`
	StatusDetail  ServiceAccountStatusDetail `json:"statusDetail,omitzero"`
	Created       time.Time                  `json:"created,omitzero"`
	LastUpdated   time.Time                  `json:"lastUpdated,omitzero"`
	Extra         Extra                      `json:"-"`
}

// UpdateAppServiceAccountRequest is the body of ServiceAccountsService.Update: the members to change.
type UpdateAppServiceAccountRequest struct {
	Name string `json:"name,omitzero"`
	// Description says what the account is for (at most 255 characters).
	Description   string   `json:"description,omitzero"`
	OwnerUserIDs  []string `json:"ownerUserIds,omitzero"`
	OwnerGroupIDs []string `json:"ownerGroupIds,omitzero"`
	Extra         Extra    `json:"-"`
}
