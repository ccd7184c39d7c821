package okta

import (
	"context"
	"net/http"
	"time"
)

// DevicesService manages the devices registered with Okta (through Okta Verify or a device management
// integration) and their lifecycle: ACTIVE, SUSPENDED, DEACTIVATED, then deleted. Reach it as client.Devices.
type DevicesService service

// List returns one page of devices. Pass resp.After back in opts.After to fetch the next page, or use
// ListIter. With opts.Search, the results are eventually consistent: don't rely on them in critical flows.
//
//okta:operation listDevices GET /api/v1/devices
func (s *DevicesService) List(ctx context.Context, opts *DevicesListOptions) ([]Device, *Response, error) {
	return send[[]Device](ctx, s.client, newRequest(http.MethodGet, "/api/v1/devices").withQuery(opts))
}

// ListIter returns an iterator over all devices that match opts, fetching pages as it goes.
func (s *DevicesService) ListIter(ctx context.Context, opts *DevicesListOptions) *Iterator[Device] {
	return newIterator[Device](ctx, s.client, newRequest(http.MethodGet, "/api/v1/devices").withQuery(opts))
}

// Get retrieves a device by ID.
//
//okta:operation getDevice GET /api/v1/devices/{deviceId}
func (s *DevicesService) Get(ctx context.Context, deviceID string) (*Device, *Response, error) {
	return send[*Device](ctx, s.client, newRequest(http.MethodGet, "/api/v1/devices/{deviceId}", deviceID))
}

// Delete deletes a device and all its profile data for good. Okta deletes only DEACTIVATED devices:
// Deactivate it first. Enrolling the device again creates a new device.
//
//okta:operation deleteDevice DELETE /api/v1/devices/{deviceId}
func (s *DevicesService) Delete(ctx context.Context, deviceID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/devices/{deviceId}", deviceID))
}

// Activate makes a DEACTIVATED device ACTIVE again.
//
//okta:operation activateDevice POST /api/v1/devices/{deviceId}/lifecycle/activate
func (s *DevicesService) Activate(ctx context.Context, deviceID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/devices/{deviceId}/lifecycle/activate", deviceID))
}

// Deactivate deactivates a device. It is destructive: the device loses its links to users, and the factors
// and client certificates enrolled on it; the user must enroll it again with Okta Verify.
//
//okta:operation deactivateDevice POST /api/v1/devices/{deviceId}/lifecycle/deactivate
func (s *DevicesService) Deactivate(ctx context.Context, deviceID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/devices/{deviceId}/lifecycle/deactivate", deviceID))
}

// Suspend suspends an ACTIVE device, temporarily and without loss. A SUSPENDED device can only be
// unsuspended or deactivated.
//
//okta:operation suspendDevice POST /api/v1/devices/{deviceId}/lifecycle/suspend
func (s *DevicesService) Suspend(ctx context.Context, deviceID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/devices/{deviceId}/lifecycle/suspend", deviceID))
}

// Unsuspend makes a SUSPENDED device ACTIVE again.
//
//okta:operation unsuspendDevice POST /api/v1/devices/{deviceId}/lifecycle/unsuspend
func (s *DevicesService) Unsuspend(ctx context.Context, deviceID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodPost, "/api/v1/devices/{deviceId}/lifecycle/unsuspend", deviceID))
}

// ListUsers returns the users linked to a device. The list is not paginated.
//
//okta:operation listDeviceUsers GET /api/v1/devices/{deviceId}/users
func (s *DevicesService) ListUsers(ctx context.Context, deviceID string) ([]DeviceUser, *Response, error) {
	return send[[]DeviceUser](ctx, s.client, newRequest(http.MethodGet, "/api/v1/devices/{deviceId}/users", deviceID))
}

// DevicesListOptions are the parameters of DevicesService.List.
type DevicesListOptions struct {
	// After is the cursor of the page to start from: Response.After of the previous page.
	After string `url:"after"`
	// Limit is the page size (Okta's default and maximum is 200; it recommends 20).
	Limit int `url:"limit"`
	// Search is a SCIM filter expression on the profile's properties and the device's id, status and
	// lastUpdated, e.g. `status eq "ACTIVE"` or `profile.platform eq "WINDOWS"`.
	Search string `url:"search"`
	// Expand with "user" (or "userSummary") embeds each device's users in its _embedded.
	Expand DeviceExpand `url:"expand"`
}

// DeviceStatus is the lifecycle state of a device.
type DeviceStatus string

// DeviceStatus values. Okta may send others; they decode as they are.
const (
	DeviceStatusActive      DeviceStatus = "ACTIVE"
	DeviceStatusDeactivated DeviceStatus = "DEACTIVATED"
	DeviceStatusSuspended   DeviceStatus = "SUSPENDED"
	DeviceStatusUnsuspended DeviceStatus = "UNSUSPENDED"
)

// DevicePlatform is the operating system of a device.
type DevicePlatform string

// DevicePlatform values.
const (
	DevicePlatformAndroid DevicePlatform = "ANDROID"
	DevicePlatformIOS     DevicePlatform = "IOS"
	DevicePlatformMacOS   DevicePlatform = "MACOS"
	DevicePlatformWindows DevicePlatform = "WINDOWS"
)

// DiskEncryptionTypeDef is how much of a device's storage is encrypted. FULL, USER and ALL_INTERNAL_VOLUMES
// count as encrypted.
type DiskEncryptionTypeDef string

// DiskEncryptionTypeDef values.
const (
	DiskEncryptionTypeDefAllInternalVolumes DiskEncryptionTypeDef = "ALL_INTERNAL_VOLUMES"
	DiskEncryptionTypeDefFull               DiskEncryptionTypeDef = "FULL"
	DiskEncryptionTypeDefNone               DiskEncryptionTypeDef = "NONE"
	DiskEncryptionTypeDefSystemVolume       DiskEncryptionTypeDef = "SYSTEM_VOLUME"
	DiskEncryptionTypeDefUser               DiskEncryptionTypeDef = "USER"
)

// Device is a device registered with Okta.
type Device struct {
	ID string `json:"id,omitzero"`
	// Status is read-only: use the lifecycle methods.
	Status      DeviceStatus   `json:"status,omitzero"`
	Created     time.Time      `json:"created,omitzero"`
	LastUpdated time.Time      `json:"lastUpdated,omitzero"`
	Profile     *DeviceProfile `json:"profile,omitzero"`
	// ResourceID is the same as ID.
	ResourceID          string             `json:"resourceId,omitzero"`
	ResourceAlternateID string             `json:"resourceAlternateId,omitzero"`
	ResourceDisplayName *DeviceDisplayName `json:"resourceDisplayName,omitzero"`
	// ResourceType is "UDDevice".
	ResourceType string `json:"resourceType,omitzero"`
	// Embedded holds the resources asked for with an expand parameter. Okta also sends "originatedFrom", the
	// authenticators the device registered through.
	Embedded Extra `json:"_embedded,omitzero"`
	Links    Links `json:"_links,omitzero"`
	Extra    Extra `json:"-"`
}

// Users returns the device's users Okta embeds when the devices were listed with [DeviceExpandUser] or
// [DeviceExpandUserSummary], or nil when they were not asked for.
func (d *Device) Users() ([]DeviceUser, error) {
	u, err := embedded[[]DeviceUser](d.Embedded, "users")
	if u == nil {
		return nil, err
	}
	return *u, nil
}

// DeviceDisplayName is the display name of a device, and whether it is sensitive.
type DeviceDisplayName struct {
	Value     string `json:"value,omitzero"`
	Sensitive bool   `json:"sensitive,omitzero"`
	Extra     Extra  `json:"-"`
}

// DeviceProfile holds the attributes Okta collects from a device. Device-management integrations may add
// custom attributes; they are kept in Extra.
type DeviceProfile struct {
	DisplayName  string         `json:"displayName,omitzero"`
	Platform     DevicePlatform `json:"platform,omitzero"`
	Manufacturer string         `json:"manufacturer,omitzero"`
	Model        string         `json:"model,omitzero"`
	OSVersion    string         `json:"osVersion,omitzero"`
	SerialNumber string         `json:"serialNumber,omitzero"`
	// UDID is the unique device identifier of a macOS or iOS device.
	UDID string `json:"udid,omitzero"`
	// IMEI is the International Mobile Equipment Identity of a phone.
	IMEI string `json:"imei,omitzero"`
	// MEID is the Mobile Equipment Identifier of a phone.
	MEID string `json:"meid,omitzero"`
	// SID is the Windows security identifier of a Windows device.
	SID string `json:"sid,omitzero"`
	// TPMPublicKeyHash is the hash of a Windows device's Trusted Platform Module public key.
	TPMPublicKeyHash   string                `json:"tpmPublicKeyHash,omitzero"`
	DiskEncryptionType DiskEncryptionTypeDef `json:"diskEncryptionType,omitzero"`
	// IntegrityJailbreak is true for a jailbroken or rooted iOS or Android device.
	IntegrityJailbreak bool `json:"integrityJailbreak,omitzero"`
	// Registered is true for a device registered with Okta.
	Registered            bool `json:"registered,omitzero"`
	SecureHardwarePresent bool `json:"secureHardwarePresent,omitzero"`
	// AuthenticatorAppKey identifies the Okta Verify installation on the device. It is not in the 5.1.0 API
	// description; Okta sends it.
	AuthenticatorAppKey string `json:"authenticatorAppKey,omitzero"`
	// Managed reports whether mobile device management software manages the device.
	Managed *bool `json:"managed,omitzero"`
	Extra   Extra `json:"-"`
}

// DeviceUser is a user linked to a device.
type DeviceUser struct {
	// Created is when the user was linked to the device.
	Created time.Time `json:"created,omitzero"`
	// ManagementStatus is MANAGED or NOT_MANAGED: whether management software runs on the device.
	ManagementStatus DeviceManagementStatus `json:"managementStatus,omitzero"`
	ScreenLockType   ScreenLockType         `json:"screenLockType,omitzero"`
	User             *User                  `json:"user,omitzero"`
	Extra            Extra                  `json:"-"`
}

// DeviceExpand names what DevicesService.List embeds in each device's _embedded.
type DeviceExpand string

// DeviceExpand values.
const (
	// DeviceExpandUser embeds the device's users, with their management status.
	DeviceExpandUser DeviceExpand = "user"
	// DeviceExpandUserSummary embeds a summary of each of the device's users.
	DeviceExpandUserSummary DeviceExpand = "userSummary"
)

// DeviceManagementStatus says whether management software runs on a device.
type DeviceManagementStatus string

// DeviceManagementStatus values. Okta may send others; they decode as they are.
const (
	DeviceManagementStatusManaged    DeviceManagementStatus = "MANAGED"
	DeviceManagementStatusNotManaged DeviceManagementStatus = "NOT_MANAGED"
)
