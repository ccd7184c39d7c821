package okta

import (
	"context"
	"net/http"
	"time"
)

// DeviceAssurancesService manages device assurance policies: the conditions (OS version, disk encryption,
// screen lock, jailbreak, Chrome Device Trust signals) a device must meet, which authentication policy rules
// then require. Reach it as client.DeviceAssurances.
//
// Policies come in kinds, one per platform. Methods that return one return a [DeviceAssurance]; switch on its
// concrete type to reach the platform's conditions:
//
//	da, _, err := client.DeviceAssurances.Get(ctx, id)
//	if err != nil { ... }
//	if win, ok := da.(*okta.DeviceAssuranceWindowsPlatform); ok {
//		fmt.Println(win.OSVersion.Minimum)
//	}
type DeviceAssurancesService service

// List returns every device assurance policy of the org. The list is not paginated. A policy for a platform
// this SDK does not know is an *UnknownDeviceAssurance.
//
//okta:operation listDeviceAssurancePolicies GET /api/v1/device-assurances
func (s *DeviceAssurancesService) List(ctx context.Context) ([]DeviceAssurance, *Response, error) {
	return send[[]DeviceAssurance](ctx, s.client, newRequest(http.MethodGet, "/api/v1/device-assurances"))
}

// Create creates a device assurance policy. policy is one of the platform types with Name and Platform set
// and at least one condition; Okta refuses a policy without conditions (E0000001).
//
//okta:operation createDeviceAssurancePolicy POST /api/v1/device-assurances
func (s *DeviceAssurancesService) Create(ctx context.Context, policy DeviceAssurance) (DeviceAssurance, *Response, error) {
	return send[DeviceAssurance](ctx, s.client, newRequest(http.MethodPost, "/api/v1/device-assurances").withBody(policy))
}

// Get retrieves a device assurance policy by ID.
//
//okta:operation getDeviceAssurancePolicy GET /api/v1/device-assurances/{deviceAssuranceId}
func (s *DeviceAssurancesService) Get(ctx context.Context, deviceAssuranceID string) (DeviceAssurance, *Response, error) {
	return send[DeviceAssurance](ctx, s.client, newRequest(http.MethodGet, "/api/v1/device-assurances/{deviceAssuranceId}", deviceAssuranceID))
}

// Replace replaces a device assurance policy with policy, of the same platform. Conditions policy leaves out
// are removed.
//
//okta:operation replaceDeviceAssurancePolicy PUT /api/v1/device-assurances/{deviceAssuranceId}
func (s *DeviceAssurancesService) Replace(ctx context.Context, deviceAssuranceID string, policy DeviceAssurance) (DeviceAssurance, *Response, error) {
	return send[DeviceAssurance](ctx, s.client, newRequest(http.MethodPut, "/api/v1/device-assurances/{deviceAssuranceId}", deviceAssuranceID).withBody(policy))
}

// Delete deletes a device assurance policy. Okta refuses while an authentication policy of the org uses it.
//
//okta:operation deleteDeviceAssurancePolicy DELETE /api/v1/device-assurances/{deviceAssuranceId}
func (s *DeviceAssurancesService) Delete(ctx context.Context, deviceAssuranceID string) (*Response, error) {
	return exec(ctx, s.client, newRequest(http.MethodDelete, "/api/v1/device-assurances/{deviceAssuranceId}", deviceAssuranceID))
}

// Platform is the platform a device assurance policy applies to. It decides the policy's Go type.
type Platform string

// Platform values. Okta may send others; they decode as they are, to an UnknownDeviceAssurance.
const (
	PlatformAndroid  Platform = "ANDROID"
	PlatformChromeOS Platform = "CHROMEOS"
	PlatformIOS      Platform = "IOS"
	PlatformMacOS    Platform = "MACOS"
	PlatformWindows  Platform = "WINDOWS"
)

// DeviceAssurance is a device assurance policy. Its concrete type depends on its platform:
//
//	ANDROID        *DeviceAssuranceAndroidPlatform
//	CHROMEOS       *DeviceAssuranceChromeOSPlatform
//	IOS            *DeviceAssuranceIOSPlatform
//	MACOS          *DeviceAssuranceMacOSPlatform
//	WINDOWS        *DeviceAssuranceWindowsPlatform
//	anything else  *UnknownDeviceAssurance
//
// Every one keeps the members it does not model in its Extra, so a policy read from Okta and sent back with
// Replace loses nothing.
type DeviceAssurance interface {
	// Base returns the members every kind of device assurance policy has, to read or change them.
	Base() *DeviceAssuranceBase
	// isDeviceAssurance seals the interface: only this package's types are DeviceAssurances.
	isDeviceAssurance()
}

func init() {
	registerUnion(unionOf[DeviceAssurance, UnknownDeviceAssurance]("platform",
		kindOf[DeviceAssuranceAndroidPlatform](PlatformAndroid),
		kindOf[DeviceAssuranceChromeOSPlatform](PlatformChromeOS),
		kindOf[DeviceAssuranceIOSPlatform](PlatformIOS),
		kindOf[DeviceAssuranceMacOSPlatform](PlatformMacOS),
		kindOf[DeviceAssuranceWindowsPlatform](PlatformWindows),
	))
}

// DeviceAssuranceBase holds the members every kind of device assurance policy has. Each policy type embeds
// it; reach it through any DeviceAssurance with Base.
type DeviceAssuranceBase struct {
	ID       string   `json:"id,omitzero"`
	Name     string   `json:"name,omitzero"`
	Platform Platform `json:"platform,omitzero"`
	// CreatedBy is the ID of the user who created the policy.
	CreatedBy   string    `json:"createdBy,omitzero"`
	CreatedDate time.Time `json:"createdDate,omitzero"`
	// LastUpdatedBy is the ID of the user who last changed the policy.
	LastUpdatedBy   string    `json:"lastUpdatedBy,omitzero"`
	LastUpdatedDate time.Time `json:"lastUpdatedDate,omitzero"`
	// LastUpdate is when the policy last changed. Okta sends it instead of the lastUpdatedDate of the 5.1.0
	// API description.
	LastUpdate time.Time `json:"lastUpdate,omitzero"`
	// ResourceID is the same as ID. It is not in the 5.1.0 API description; Okta sends it.
	ResourceID string `json:"resourceId,omitzero"`
	// ResourceType is "DeviceAssurancePolicyEntity". It is not in the 5.1.0 API description; Okta sends it.
	ResourceType string `json:"resourceType,omitzero"`
	// ResourceDisplayName is the policy's name. It is not in the 5.1.0 API description; Okta sends it.
	ResourceDisplayName *DeviceDisplayName `json:"resourceDisplayName,omitzero"`
	Links               Links              `json:"_links,omitzero"`
	// DevicePostureChecks are the device posture checks the policy requires (an Early Access feature).
	DevicePostureChecks *DevicePostureChecks `json:"devicePostureChecks,omitzero"`
	// DisplayRemediationMode says whether users denied access because of the policy are shown how to fix their device: SHOW or HIDE.
	DisplayRemediationMode RemediationDisplayMode `json:"displayRemediationMode,omitzero"`
	// GracePeriod is the grace period during which a device that does not meet the policy keeps access.
	GracePeriod *DeviceAssuranceGracePeriod `json:"gracePeriod,omitzero"`
}

func (*DeviceAssuranceBase) isDeviceAssurance() {}

// DeviceAssuranceAndroidPlatform is a device assurance policy for Android devices.
type DeviceAssuranceAndroidPlatform struct {
	DeviceAssuranceBase
	DiskEncryptionType *DeviceAssuranceDiskEncryptionType `json:"diskEncryptionType,omitzero"`
	// Jailbreak false requires devices that are not rooted.
	Jailbreak             *bool                          `json:"jailbreak,omitzero"`
	OSVersion             *OSVersion                     `json:"osVersion,omitzero"`
	ScreenLockType        *DeviceAssuranceScreenLockType `json:"screenLockType,omitzero"`
	SecureHardwarePresent *bool                          `json:"secureHardwarePresent,omitzero"`
	// ThirdPartySignalProviders are the Android Device Trust and device posture IdP signals the device must
	// send.
	ThirdPartySignalProviders *DeviceAssuranceAndroidThirdPartySignalProviders `json:"thirdPartySignalProviders,omitzero"`
	Extra                     Extra                                            `json:"-"`
}

// Base returns the members every kind of device assurance policy has.
func (d *DeviceAssuranceAndroidPlatform) Base() *DeviceAssuranceBase { return &d.DeviceAssuranceBase }

// DeviceAssuranceIOSPlatform is a device assurance policy for iOS devices.
type DeviceAssuranceIOSPlatform struct {
	DeviceAssuranceBase
	DiskEncryptionType *DeviceAssuranceDiskEncryptionType `json:"diskEncryptionType,omitzero"`
	// Jailbreak false requires devices that are not jailbroken.
	Jailbreak             *bool                          `json:"jailbreak,omitzero"`
	OSVersion             *OSVersion                     `json:"osVersion,omitzero"`
	ScreenLockType        *DeviceAssuranceScreenLockType `json:"screenLockType,omitzero"`
	SecureHardwarePresent *bool                          `json:"secureHardwarePresent,omitzero"`
	// ThirdPartySignalProviders are the device posture IdP signals the device must send.
	ThirdPartySignalProviders *DeviceAssuranceIOSThirdPartySignalProviders `json:"thirdPartySignalProviders,omitzero"`
	Extra                     Extra                                        `json:"-"`
}

// Base returns the members every kind of device assurance policy has.
func (d *DeviceAssuranceIOSPlatform) Base() *DeviceAssuranceBase { return &d.DeviceAssuranceBase }

// DeviceAssuranceMacOSPlatform is a device assurance policy for macOS devices.
type DeviceAssuranceMacOSPlatform struct {
	DeviceAssuranceBase
	DiskEncryptionType    *DeviceAssuranceDiskEncryptionType `json:"diskEncryptionType,omitzero"`
	Jailbreak             *bool                              `json:"jailbreak,omitzero"`
	OSVersion             *OSVersion                         `json:"osVersion,omitzero"`
	ScreenLockType        *DeviceAssuranceScreenLockType     `json:"screenLockType,omitzero"`
	SecureHardwarePresent *bool                              `json:"secureHardwarePresent,omitzero"`
	// ThirdPartySignalProviders are the Chrome Device Trust signals the device must send.
	ThirdPartySignalProviders *DeviceAssuranceMacOSThirdPartySignalProviders `json:"thirdPartySignalProviders,omitzero"`
	Extra                     Extra                                          `json:"-"`
}

// Base returns the members every kind of device assurance policy has.
func (d *DeviceAssuranceMacOSPlatform) Base() *DeviceAssuranceBase { return &d.DeviceAssuranceBase }

// DeviceAssuranceWindowsPlatform is a device assurance policy for Windows devices.
type DeviceAssuranceWindowsPlatform struct {
	DeviceAssuranceBase
	DiskEncryptionType    *DeviceAssuranceDiskEncryptionType `json:"diskEncryptionType,omitzero"`
	Jailbreak             *bool                              `json:"jailbreak,omitzero"`
	OSVersion             *OSVersion                         `json:"osVersion,omitzero"`
	ScreenLockType        *DeviceAssuranceScreenLockType     `json:"screenLockType,omitzero"`
	SecureHardwarePresent *bool                              `json:"secureHardwarePresent,omitzero"`
	// OSVersionConstraints are the Windows version requirements, at most one for each major version
	// (Windows 11, Windows 10); a major version without one is accepted. Okta refuses a policy that sets both
	// OSVersion.Minimum and OSVersionConstraints.
	OSVersionConstraints []OSVersionConstraint `json:"osVersionConstraints,omitzero"`
	// ThirdPartySignalProviders are the Chrome Device Trust signals the device must send.
	ThirdPartySignalProviders *DeviceAssuranceWindowsThirdPartySignalProviders `json:"thirdPartySignalProviders,omitzero"`
	Extra                     Extra                                            `json:"-"`
}

// Base returns the members every kind of device assurance policy has.
func (d *DeviceAssuranceWindowsPlatform) Base() *DeviceAssuranceBase { return &d.DeviceAssuranceBase }

// DeviceAssuranceChromeOSPlatform is a device assurance policy for ChromeOS devices, whose conditions are
// all Chrome Device Trust signals.
type DeviceAssuranceChromeOSPlatform struct {
	DeviceAssuranceBase
	ThirdPartySignalProviders *DeviceAssuranceChromeOSThirdPartySignalProviders `json:"thirdPartySignalProviders,omitzero"`
	Extra                     Extra                                             `json:"-"`
}

// Base returns the members every kind of device assurance policy has.
func (d *DeviceAssuranceChromeOSPlatform) Base() *DeviceAssuranceBase { return &d.DeviceAssuranceBase }

// UnknownDeviceAssurance is a device assurance policy for a platform this SDK does not know. Its conditions
// are kept in Extra.
type UnknownDeviceAssurance struct {
	DeviceAssuranceBase
	Extra Extra `json:"-"`
}

// Base returns the members every kind of device assurance policy has.
func (d *UnknownDeviceAssurance) Base() *DeviceAssuranceBase { return &d.DeviceAssuranceBase }

// DevicePostureChecks are the device posture checks a device assurance policy requires.
type DevicePostureChecks struct {
	// Include are the checks the device must pass, each a check's variable name and the value it must have.
	Include []DevicePostureCheckRequirement `json:"include,omitzero"`
	Extra   Extra                           `json:"-"`
}

// DevicePostureCheckRequirement is a value a device posture check must have, such as macOSFirewall "1".
type DevicePostureCheckRequirement struct {
	// VariableName is the check's variable name ([DevicePostureCheck].VariableName).
	VariableName string `json:"variableName,omitzero"`
	// Value is the value the check must report.
	Value string `json:"value,omitzero"`
	Extra Extra  `json:"-"`
}

// DeviceAssuranceGracePeriod is the grace period of a device assurance policy: how long a device that does not
// meet the policy keeps access. It is not the same object as the [EnrollmentPolicyAuthenticatorGracePeriod] of
// authenticator enrollment policies.
type DeviceAssuranceGracePeriod struct {
	// Type says how Expiry is given: BY_DATE_TIME or BY_DURATION.
	Type DeviceAssuranceGracePeriodType `json:"type,omitzero"`
	// Expiry is when the grace period ends: an ISO 8601 date and time, such as "2024-12-01T00:00:00Z", for
	// BY_DATE_TIME, or an ISO 8601 duration, such as "P30D", for BY_DURATION. It is kept as Okta sends it.
	Expiry string `json:"expiry,omitzero"`
	Extra  Extra  `json:"-"`
}

// DeviceAssuranceGracePeriodType is how the grace period of a device assurance policy ends.
type DeviceAssuranceGracePeriodType string

// DeviceAssuranceGracePeriodType values. Okta may send others; they decode as they are.
const (
	// DeviceAssuranceGracePeriodTypeByDateTime ends the grace period at a date and time.
	DeviceAssuranceGracePeriodTypeByDateTime DeviceAssuranceGracePeriodType = "BY_DATE_TIME"
	// DeviceAssuranceGracePeriodTypeByDuration ends the grace period after a duration.
	DeviceAssuranceGracePeriodTypeByDuration DeviceAssuranceGracePeriodType = "BY_DURATION"
)

// OSVersion is the OS version a device must run: a static Minimum, such as "14.0" or "10.0.19041", or a
// DynamicVersionRequirement relative to the latest release (not both).
type OSVersion struct {
	Minimum string `json:"minimum,omitzero"`
	// DynamicVersionRequirement is a requirement relative to the latest major release and security patch.
	// Okta takes it only with the Dynamic OS version compliance feature enabled.
	DynamicVersionRequirement *DynamicVersionRequirement `json:"dynamicVersionRequirement,omitzero"`
	Extra                     Extra                      `json:"-"`
}

// DynamicVersionRequirement is an OS version requirement relative to the latest major release and security
// patch, which Okta keeps up to date.
type DynamicVersionRequirement struct {
	Type DynamicVersionRequirementType `json:"type,omitzero"`
	// DistanceFromLatestMajor is how many major versions (0 or 1) behind the latest the requirement is; Okta
	// needs it for MINIMUM and EXACT and refuses it for EXACT_ANY_SUPPORTED and NOT_ALLOWED. A pointer, since
	// 0 is meaningful.
	DistanceFromLatestMajor *int `json:"distanceFromLatestMajor,omitzero"`
	// LatestSecurityPatch requires the device to run the latest security patch.
	LatestSecurityPatch *bool `json:"latestSecurityPatch,omitzero"`
	Extra               Extra `json:"-"`
}

// DynamicVersionRequirementType is how a device's version is compared with the dynamically determined one.
type DynamicVersionRequirementType string

// DynamicVersionRequirementType values.
const (
	// DynamicVersionRequirementTypeMinimum requires the dynamically determined version or newer.
	DynamicVersionRequirementTypeMinimum DynamicVersionRequirementType = "MINIMUM"
	// DynamicVersionRequirementTypeExact requires the major version of the dynamically determined version.
	DynamicVersionRequirementTypeExact DynamicVersionRequirementType = "EXACT"
	// DynamicVersionRequirementTypeExactAnySupported requires a major version that is still supported.
	DynamicVersionRequirementTypeExactAnySupported DynamicVersionRequirementType = "EXACT_ANY_SUPPORTED"
	// DynamicVersionRequirementTypeNotAllowed refuses the major version (only in an OSVersionConstraint).
	DynamicVersionRequirementTypeNotAllowed DynamicVersionRequirementType = "NOT_ALLOWED"
)

// OSVersionConstraint is the version requirement of a Windows device assurance policy for one major Windows
// version: static (Minimum) or dynamic (DynamicVersionRequirement).
type OSVersionConstraint struct {
	// MajorVersionConstraint is the major version the requirement applies to; Okta requires it.
	MajorVersionConstraint WindowsMajorVersion `json:"majorVersionConstraint,omitzero"`
	// Minimum is the oldest version accepted, such as "10.0.22631.2428".
	Minimum                   string                     `json:"minimum,omitzero"`
	DynamicVersionRequirement *DynamicVersionRequirement `json:"dynamicVersionRequirement,omitzero"`
	Extra                     Extra                      `json:"-"`
}

// WindowsMajorVersion is a major version of Windows.
type WindowsMajorVersion string

// WindowsMajorVersion values.
const (
	// WindowsMajorVersion11 is Windows 11.
	WindowsMajorVersion11 WindowsMajorVersion = "WINDOWS_11"
	// WindowsMajorVersion10 is Windows 10 or an older version.
	WindowsMajorVersion10 WindowsMajorVersion = "WINDOWS_10"
)

// ChromeBrowserVersion is the minimum Chrome version a device must run.
type ChromeBrowserVersion struct {
	Minimum string `json:"minimum,omitzero"`
	Extra   Extra  `json:"-"`
}

// DiskEncryptionType is a kind of disk encryption a device assurance policy accepts.
type DiskEncryptionType string

// DiskEncryptionType values.
const (
	DiskEncryptionTypeAllInternalVolumes DiskEncryptionType = "ALL_INTERNAL_VOLUMES"
	DiskEncryptionTypeFull               DiskEncryptionType = "FULL"
	DiskEncryptionTypeUser               DiskEncryptionType = "USER"
)

// ScreenLockType is a kind of screen lock a device assurance policy accepts.
type ScreenLockType string

// ScreenLockType values.
const (
	ScreenLockTypeBiometric ScreenLockType = "BIOMETRIC"
	ScreenLockTypePasscode  ScreenLockType = "PASSCODE"
	ScreenLockTypeNone      ScreenLockType = "NONE"
)

// DeviceAssuranceDiskEncryptionType is the disk encryption condition of a device assurance policy: the device
// must use one of Include.
type DeviceAssuranceDiskEncryptionType struct {
	Include []DiskEncryptionType `json:"include,omitzero"`
	Extra   Extra                `json:"-"`
}

// DeviceAssuranceScreenLockType is the screen lock condition of a device assurance policy: the device must
// use one of Include.
type DeviceAssuranceScreenLockType struct {
	Include []ScreenLockType `json:"include,omitzero"`
	Extra   Extra            `json:"-"`
}

// DeviceAssuranceAndroidThirdPartySignalProviders are the third-party signal conditions of an Android policy.
type DeviceAssuranceAndroidThirdPartySignalProviders struct {
	// AndroidDeviceTrust is Android Device Trust's signals.
	AndroidDeviceTrust *AndroidDeviceTrust `json:"androidDeviceTrust,omitzero"`
	// DevicePostureIdP is a device posture identity provider's signals.
	DevicePostureIdP *DevicePostureIdP `json:"devicePostureIdP,omitzero"`
	Extra            Extra             `json:"-"`
}

// DeviceAssuranceIOSThirdPartySignalProviders are the third-party signal conditions of an iOS policy.
type DeviceAssuranceIOSThirdPartySignalProviders struct {
	// DevicePostureIdP is a device posture identity provider's signals.
	DevicePostureIdP *DevicePostureIdP `json:"devicePostureIdP,omitzero"`
	Extra            Extra             `json:"-"`
}

// DeviceAssuranceMacOSThirdPartySignalProviders are the third-party signal conditions of a macOS policy.
type DeviceAssuranceMacOSThirdPartySignalProviders struct {
	// DTC is Chrome Device Trust Connector's signals.
	DTC *DTCMacOS `json:"dtc,omitzero"`
	// DevicePostureIdP is a device posture identity provider's signals.
	DevicePostureIdP *DevicePostureIdP `json:"devicePostureIdP,omitzero"`
	Extra            Extra             `json:"-"`
}

// DeviceAssuranceWindowsThirdPartySignalProviders are the third-party signal conditions of a Windows policy.
type DeviceAssuranceWindowsThirdPartySignalProviders struct {
	// DTC is Chrome Device Trust Connector's signals.
	DTC *DTCWindows `json:"dtc,omitzero"`
	// DevicePostureIdP is a device posture identity provider's signals.
	DevicePostureIdP *DevicePostureIdP `json:"devicePostureIdP,omitzero"`
	Extra            Extra             `json:"-"`
}

// DeviceAssuranceChromeOSThirdPartySignalProviders are the third-party signal conditions of a ChromeOS
// policy.
type DeviceAssuranceChromeOSThirdPartySignalProviders struct {
	// DTC is Chrome Device Trust Connector's signals.
	DTC *DTCChromeOS `json:"dtc,omitzero"`
	// DevicePostureIdP is a device posture identity provider's signals.
	DevicePostureIdP *DevicePostureIdP `json:"devicePostureIdP,omitzero"`
	Extra            Extra             `json:"-"`
}

// DevicePostureIdP are the signals of a custom device posture identity provider that a device must meet.
type DevicePostureIdP struct {
	// Compliant requires the identity provider to report the device compliant.
	Compliant *bool `json:"compliant,omitzero"`
	// Managed requires the identity provider to report the device managed.
	Managed *bool `json:"managed,omitzero"`
	Extra   Extra `json:"-"`
}

// AndroidDeviceTrust are the Android Device Trust signals an Android device must send.
type AndroidDeviceTrust struct {
	// DeviceIntegrityLevel is the app integrity the device must be able to enforce.
	DeviceIntegrityLevel DeviceIntegrity `json:"deviceIntegrityLevel,omitzero"`
	NetworkProxyDisabled *bool           `json:"networkProxyDisabled,omitzero"`
	// PlayProtectVerdict is the worst Google Play Protect verdict accepted.
	PlayProtectVerdict PlayProtectVerdict `json:"playProtectVerdict,omitzero"`
	// RequireMajorVersionUpdate requires the latest major version available to the device; Okta needs an
	// OSVersion.DynamicVersionRequirement of type MINIMUM or EXACT with it.
	RequireMajorVersionUpdate *bool `json:"requireMajorVersionUpdate,omitzero"`
	// ScreenLockComplexity is the screen lock required; Okta needs a ScreenLockType with it.
	ScreenLockComplexity ScreenLockComplexity `json:"screenLockComplexity,omitzero"`
	// USBDebuggingDisabled requires Android Debug Bridge (adb) over USB to be off.
	USBDebuggingDisabled *bool `json:"usbDebuggingDisabled,omitzero"`
	// WifiSecured requires a password-protected Wi-Fi network.
	WifiSecured *bool `json:"wifiSecured,omitzero"`
	Extra       Extra `json:"-"`
}

// DeviceIntegrity is how well an Android device can enforce app integrity (Google Play Integrity).
type DeviceIntegrity string

// DeviceIntegrity values.
const (
	// DeviceIntegrityBasic passes basic system integrity checks.
	DeviceIntegrityBasic DeviceIntegrity = "MEETS_BASIC_INTEGRITY"
	// DeviceIntegrityDevice also has Google Play services and meets Android compatibility requirements.
	DeviceIntegrityDevice DeviceIntegrity = "MEETS_DEVICE_INTEGRITY"
	// DeviceIntegrityStrong also has a strong, such as hardware-backed, guarantee of system integrity.
	DeviceIntegrityStrong DeviceIntegrity = "MEETS_STRONG_INTEGRITY"
)

// PlayProtectVerdict is whether Google Play Protect is on and what it found on an Android device.
type PlayProtectVerdict string

// PlayProtectVerdict values.
const (
	// PlayProtectVerdictLow is Play Protect on, with no app issues found.
	PlayProtectVerdictLow PlayProtectVerdict = "LOW"
	// PlayProtectVerdictMedium is Play Protect on, with no scan yet or potentially harmful apps found.
	PlayProtectVerdictMedium PlayProtectVerdict = "MEDIUM"
	// PlayProtectVerdictHigh is Play Protect on, with dangerous apps found or no verdict.
	PlayProtectVerdictHigh PlayProtectVerdict = "HIGH"
)

// ScreenLockComplexity is the kind or complexity of an Android device's screen lock.
type ScreenLockComplexity string

// ScreenLockComplexity values.
const (
	// ScreenLockComplexityLow is a pattern or PIN.
	ScreenLockComplexityLow ScreenLockComplexity = "LOW"
	// ScreenLockComplexityMedium is a complex PIN, or an alphabetic or alphanumeric lock of 4 or more.
	ScreenLockComplexityMedium ScreenLockComplexity = "MEDIUM"
	// ScreenLockComplexityHigh is a complex 8-digit PIN, or an alphabetic or alphanumeric lock of 6 or more.
	ScreenLockComplexityHigh ScreenLockComplexity = "HIGH"
)

// KeyTrustLevelBrowserKey is how the identity of a device with Chrome was attested.
type KeyTrustLevelBrowserKey string

// KeyTrustLevelBrowserKey values.
const (
	// KeyTrustLevelBrowserKeyHardware is a key pair protected by a hardware layer.
	KeyTrustLevelBrowserKeyHardware KeyTrustLevelBrowserKey = "CHROME_BROWSER_HW_KEY"
	// KeyTrustLevelBrowserKeyOS is a key pair stored by the OS on the device.
	KeyTrustLevelBrowserKeyOS KeyTrustLevelBrowserKey = "CHROME_BROWSER_OS_KEY"
)

// KeyTrustLevelOSMode is the mode a ChromeOS device was attested in.
type KeyTrustLevelOSMode string

// KeyTrustLevelOSMode values.
const (
	KeyTrustLevelOSModeDeveloper KeyTrustLevelOSMode = "CHROME_OS_DEVELOPER_MODE"
	KeyTrustLevelOSModeVerified  KeyTrustLevelOSMode = "CHROME_OS_VERIFIED_MODE"
)

// PasswordProtectionWarningTrigger is when Chrome warns about a password being reused.
type PasswordProtectionWarningTrigger string

// PasswordProtectionWarningTrigger values.
const (
	PasswordProtectionWarningTriggerOff           PasswordProtectionWarningTrigger = "PASSWORD_PROTECTION_OFF"
	PasswordProtectionWarningTriggerReuse         PasswordProtectionWarningTrigger = "PASSWORD_REUSE"
	PasswordProtectionWarningTriggerPhishingReuse PasswordProtectionWarningTrigger = "PHISHING_REUSE"
)

// SafeBrowsingProtectionLevel is Chrome's Safe Browsing mode.
type SafeBrowsingProtectionLevel string

// SafeBrowsingProtectionLevel values.
const (
	SafeBrowsingProtectionLevelEnhanced SafeBrowsingProtectionLevel = "ENHANCED_PROTECTION"
	SafeBrowsingProtectionLevelNone     SafeBrowsingProtectionLevel = "NO_SAFE_BROWSING"
	SafeBrowsingProtectionLevelStandard SafeBrowsingProtectionLevel = "STANDARD_PROTECTION"
)

// DTCMacOS are the Chrome Device Trust signals a macOS device must send. The 5.1.0 schema spells
// diskEncrypted "diskEnrypted"; its examples write "diskEncrypted", which DiskEncrypted takes (a
// "diskEnrypted" member is kept in Extra).
type DTCMacOS struct {
	BrowserVersion                   *ChromeBrowserVersion            `json:"browserVersion,omitzero"`
	BuiltInDNSClientEnabled          *bool                            `json:"builtInDnsClientEnabled,omitzero"`
	ChromeRemoteDesktopAppBlocked    *bool                            `json:"chromeRemoteDesktopAppBlocked,omitzero"`
	DeviceEnrollmentDomain           string                           `json:"deviceEnrollmentDomain,omitzero"`
	DiskEncrypted                    *bool                            `json:"diskEncrypted,omitzero"`
	KeyTrustLevel                    KeyTrustLevelBrowserKey          `json:"keyTrustLevel,omitzero"`
	OSFirewall                       *bool                            `json:"osFirewall,omitzero"`
	OSVersion                        *OSVersion                       `json:"osVersion,omitzero"`
	PasswordProtectionWarningTrigger PasswordProtectionWarningTrigger `json:"passwordProtectionWarningTrigger,omitzero"`
	RealtimeURLCheckMode             *bool                            `json:"realtimeUrlCheckMode,omitzero"`
	SafeBrowsingProtectionLevel      SafeBrowsingProtectionLevel      `json:"safeBrowsingProtectionLevel,omitzero"`
	ScreenLockSecured                *bool                            `json:"screenLockSecured,omitzero"`
	SiteIsolationEnabled             *bool                            `json:"siteIsolationEnabled,omitzero"`
	Extra                            Extra                            `json:"-"`
}

// DTCWindows are the Chrome Device Trust signals a Windows device must send. The 5.1.0 schema spells
// diskEncrypted "diskEnrypted"; its examples write "diskEncrypted", which DiskEncrypted takes (a
// "diskEnrypted" member is kept in Extra).
type DTCWindows struct {
	// AntivirusEnabled requires antivirus software to be enabled.
	AntivirusEnabled                 *bool                            `json:"antivirusEnabled,omitzero"`
	BrowserVersion                   *ChromeBrowserVersion            `json:"browserVersion,omitzero"`
	BuiltInDNSClientEnabled          *bool                            `json:"builtInDnsClientEnabled,omitzero"`
	ChromeRemoteDesktopAppBlocked    *bool                            `json:"chromeRemoteDesktopAppBlocked,omitzero"`
	CrowdStrikeAgentID               string                           `json:"crowdStrikeAgentId,omitzero"`
	CrowdStrikeCustomerID            string                           `json:"crowdStrikeCustomerId,omitzero"`
	DeviceEnrollmentDomain           string                           `json:"deviceEnrollmentDomain,omitzero"`
	DiskEncrypted                    *bool                            `json:"diskEncrypted,omitzero"`
	KeyTrustLevel                    KeyTrustLevelBrowserKey          `json:"keyTrustLevel,omitzero"`
	OSFirewall                       *bool                            `json:"osFirewall,omitzero"`
	OSVersion                        *OSVersion                       `json:"osVersion,omitzero"`
	PasswordProtectionWarningTrigger PasswordProtectionWarningTrigger `json:"passwordProtectionWarningTrigger,omitzero"`
	RealtimeURLCheckMode             *bool                            `json:"realtimeUrlCheckMode,omitzero"`
	SafeBrowsingProtectionLevel      SafeBrowsingProtectionLevel      `json:"safeBrowsingProtectionLevel,omitzero"`
	ScreenLockSecured                *bool                            `json:"screenLockSecured,omitzero"`
	SecureBootEnabled                *bool                            `json:"secureBootEnabled,omitzero"`
	SiteIsolationEnabled             *bool                            `json:"siteIsolationEnabled,omitzero"`
	ThirdPartyBlockingEnabled        *bool                            `json:"thirdPartyBlockingEnabled,omitzero"`
	WindowsMachineDomain             string                           `json:"windowsMachineDomain,omitzero"`
	WindowsUserDomain                string                           `json:"windowsUserDomain,omitzero"`
	Extra                            Extra                            `json:"-"`
}

// DTCChromeOS are the Chrome Device Trust signals a ChromeOS device must send. The 5.1.0 schema spells
// diskEncrypted "diskEnrypted"; its examples write "diskEncrypted", which DiskEncrypted takes (a
// "diskEnrypted" member is kept in Extra).
type DTCChromeOS struct {
	AllowScreenLock               *bool                 `json:"allowScreenLock,omitzero"`
	BrowserVersion                *ChromeBrowserVersion `json:"browserVersion,omitzero"`
	BuiltInDNSClientEnabled       *bool                 `json:"builtInDnsClientEnabled,omitzero"`
	ChromeRemoteDesktopAppBlocked *bool                 `json:"chromeRemoteDesktopAppBlocked,omitzero"`
	DeviceEnrollmentDomain        string                `json:"deviceEnrollmentDomain,omitzero"`
	DiskEncrypted                 *bool                 `json:"diskEncrypted,omitzero"`
	KeyTrustLevel                 KeyTrustLevelOSMode   `json:"keyTrustLevel,omitzero"`
	// ManagedDevice requires the device to be enrolled in ChromeOS device management.
	ManagedDevice                    *bool                            `json:"managedDevice,omitzero"`
	OSFirewall                       *bool                            `json:"osFirewall,omitzero"`
	OSVersion                        *OSVersion                       `json:"osVersion,omitzero"`
	PasswordProtectionWarningTrigger PasswordProtectionWarningTrigger `json:"passwordProtectionWarningTrigger,omitzero"`
	RealtimeURLCheckMode             *bool                            `json:"realtimeUrlCheckMode,omitzero"`
	SafeBrowsingProtectionLevel      SafeBrowsingProtectionLevel      `json:"safeBrowsingProtectionLevel,omitzero"`
	ScreenLockSecured                *bool                            `json:"screenLockSecured,omitzero"`
	SiteIsolationEnabled             *bool                            `json:"siteIsolationEnabled,omitzero"`
	Extra                            Extra                            `json:"-"`
}

// RemediationDisplayMode says whether Okta shows users who fail a device assurance policy how to fix their
// device.
type RemediationDisplayMode string

// RemediationDisplayMode values. Okta may send others; they decode as they are.
const (
	RemediationDisplayModeShow RemediationDisplayMode = "SHOW"
	RemediationDisplayModeHide RemediationDisplayMode = "HIDE"
)
