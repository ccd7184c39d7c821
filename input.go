package okta

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"sync"
)

// inputError is a call's error that its inputs caused, before anything was sent: an empty path ID, a missing
// request body. It matches ErrInvalidInput.
type inputError struct{ err error }

func (e *inputError) Error() string        { return e.err.Error() }
func (e *inputError) Unwrap() error        { return e.err }
func (e *inputError) Is(target error) bool { return target == ErrInvalidInput }

// inputErrorf formats an error that matches ErrInvalidInput.
func inputErrorf(format string, args ...any) error {
	return &inputError{err: fmt.Errorf(format, args...)}
}

// isNil reports whether v holds no value: nil itself, or a nil pointer, slice, map or func in an interface.
func isNil(v any) bool {
	if v == nil {
		return true
	}
	switch rv := reflect.ValueOf(v); rv.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Map, reflect.Func, reflect.Interface:
		return rv.IsNil()
	}
	return false
}

// checkBody returns the error of a request of a service method whose operation requires a request body and
// that has none: Okta would answer an empty POST or PUT with a 400 at best. Requests built by Client.Do are
// the caller's own and are not checked.
func checkBody(r *request) error {
	if r.tmpl == "" {
		return nil
	}
	state := "nil"
	if b, ok := r.body.(*rawBody); ok && b != nil && len(b.data) == 0 {
		state = "empty" // a string or []byte parameter
	} else if !isNil(r.body) {
		return nil
	}
	name, required := requiredBodies()[operationKey(r.method, r.tmpl)]
	if !required {
		return nil
	}
	prefix := "okta: "
	if m := callerMethod(); m != "" {
		prefix += m + ": "
	}
	return inputErrorf("%s%s is %s: %s %s requires a request body", prefix, name, state, r.method, r.tmpl)
}

// operationKey is method and path template with the names of the path parameters left out ({}), which the API
// descriptions do not always spell alike.
func operationKey(method, tmpl string) string {
	var b strings.Builder
	b.WriteString(method)
	b.WriteByte(' ')
	for {
		open := strings.IndexByte(tmpl, '{')
		if open < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		end := strings.IndexByte(tmpl[open:], '}')
		if end < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		b.WriteString(strings.TrimSuffix(tmpl[:open], "$"))
		b.WriteString("{}")
		tmpl = tmpl[open+end+1:]
	}
}

// callerMethod names the service method on the stack ("Users.Create"), for errors about its inputs.
func callerMethod() string {
	pcs := make([]uintptr, 16)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(2, pcs)])
	for {
		f, more := frames.Next()
		// github.com/oktakit/okta.(*UsersService).Create
		if rest, ok := strings.CutPrefix(f.Function, "github.com/oktakit/okta.(*"); ok {
			if svc, method, ok := strings.Cut(rest, "Service)."); ok && method != "" && method[0] >= 'A' && method[0] <= 'Z' {
				return svc + "." + method
			}
		}
		if !more {
			return ""
		}
	}
}

// requiredBodies maps the operations whose request body Okta requires (request_body_required in the pinned
// operation tables, 5.1.0's and the current description's) to the name of the method parameter that carries
// it. TestRequiredBodies keeps the table equal to the operation tables and the names equal to the methods'
// parameters.
var requiredBodies = sync.OnceValue(func() map[string]string {
	m := make(map[string]string, len(requiredBodyParams))
	for op, name := range requiredBodyParams {
		method, tmpl, _ := strings.Cut(op, " ")
		m[operationKey(method, tmpl)] = name
	}
	return m
})

var requiredBodyParams = map[string]string{
	"POST /api/v1/agentPools/{poolId}/updates":                                           "update",
	"POST /api/v1/agentPools/{poolId}/updates/settings":                                  "settings",
	"POST /api/v1/agentPools/{poolId}/updates/{updateId}":                                "update",
	"PUT /api/v1/api-tokens/{apiTokenId}":                                                "token",
	"POST /api/v1/apps":                                                                  "app",
	"PUT /api/v1/apps/{appId}":                                                           "app",
	"POST /api/v1/apps/{appId}/connections/default":                                      "conn",
	"POST /api/v1/apps/{appId}/credentials/csrs":                                         "metadata",
	"POST /api/v1/apps/{appId}/credentials/csrs/{csrId}/lifecycle/publish":               "cert",
	"POST /api/v1/apps/{appId}/credentials/jwks":                                         "key",
	"POST /api/v1/apps/{appId}/cwo/connections":                                          "conn",
	"PATCH /api/v1/apps/{appId}/cwo/connections/{connectionId}":                          "update",
	"PUT /api/v1/apps/{appId}/features/{featureName}":                                    "capabilities",
	"POST /api/v1/apps/{appId}/federated-claims":                                         "claim",
	"POST /api/v1/apps/{appId}/grants":                                                   "grant",
	"POST /api/v1/apps/{appId}/group-push/mappings":                                      "req",
	"PATCH /api/v1/apps/{appId}/group-push/mappings/{mappingId}":                         "req",
	"POST /api/v1/apps/{appId}/interclient-allowed-apps":                                 "mapping",
	"POST /api/v1/apps/{appId}/users":                                                    "appUser",
	"POST /api/v1/apps/{appId}/users/{userId}":                                           "appUser",
	"POST /api/v1/authenticators":                                                        "authenticator",
	"PUT /api/v1/authenticators/{authenticatorId}":                                       "authenticator",
	"POST /api/v1/authorizationServers":                                                  "server",
	"PUT /api/v1/authorizationServers/{authServerId}":                                    "server",
	"POST /api/v1/authorizationServers/{authServerId}/associatedServers":                 "servers",
	"POST /api/v1/authorizationServers/{authServerId}/claims":                            "claim",
	"PUT /api/v1/authorizationServers/{authServerId}/claims/{claimId}":                   "claim",
	"POST /api/v1/authorizationServers/{authServerId}/credentials/lifecycle/keyRotate":   "use",
	"POST /api/v1/authorizationServers/{authServerId}/policies":                          "policy",
	"PUT /api/v1/authorizationServers/{authServerId}/policies/{policyId}":                "policy",
	"POST /api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules":         "rule",
	"PUT /api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules/{ruleId}": "rule",
	"POST /api/v1/authorizationServers/{authServerId}/resourceservercredentials/keys":    "key",
	"POST /api/v1/authorizationServers/{authServerId}/scopes":                            "scope",
	"PUT /api/v1/authorizationServers/{authServerId}/scopes/{scopeId}":                   "scope",
	"POST /api/v1/behaviors":                                                             "rule",
	"PUT /api/v1/behaviors/{behaviorId}":                                                 "rule",
	"POST /api/v1/bot-protection/configuration":                                          "config",
	"PUT /api/v1/brands/{brandId}":                                                       "brand",
	"PUT /api/v1/brands/{brandId}/pages/error/customized":                                "page",
	"PUT /api/v1/brands/{brandId}/pages/error/preview":                                   "page",
	"PUT /api/v1/brands/{brandId}/pages/sign-in/customized":                              "page",
	"PUT /api/v1/brands/{brandId}/pages/sign-in/preview":                                 "page",
	"PUT /api/v1/brands/{brandId}/pages/sign-out/customized":                             "page",
	"PUT /api/v1/brands/{brandId}/themes/{themeId}":                                      "theme",
	"POST /api/v1/captchas":                                                              "instance",
	"POST /api/v1/captchas/{captchaId}":                                                  "instance",
	"PUT /api/v1/captchas/{captchaId}":                                                   "instance",
	"POST /api/v1/device-assurances":                                                     "policy",
	"PUT /api/v1/device-assurances/{deviceAssuranceId}":                                  "policy",
	"POST /api/v1/device-posture-checks":                                                 "check",
	"PUT /api/v1/device-posture-checks/{postureCheckId}":                                 "check",
	"POST /api/v1/directories/{appInstanceId}/groups/modify":                             "req",
	"POST /api/v1/directories/{appInstanceId}/groups/{groupId}/query":                    "req",
	"POST /api/v1/domains":                                                               "domain",
	"PUT /api/v1/domains/{domainId}":                                                     "domain",
	"PUT /api/v1/domains/{domainId}/certificate":                                         "certificate",
	"POST /api/v1/email-domains":                                                         "domain",
	"PUT /api/v1/email-domains/{emailDomainId}":                                          "domain",
	"POST /api/v1/eventHooks":                                                            "hook",
	"PUT /api/v1/eventHooks/{eventHookId}":                                               "hook",
	"PUT /api/v1/first-party-app-settings/{appName}":                                     "settings",
	"POST /api/v1/groups":                                                                "group",
	"POST /api/v1/groups/rules":                                                          "rule",
	"PUT /api/v1/groups/rules/{groupRuleId}":                                             "rule",
	"PUT /api/v1/groups/{groupId}":                                                       "group",
	"POST /api/v1/groups/{groupId}/owners":                                               "owner",
	"POST /api/v1/groups/{groupId}/roles":                                                "role",
	"POST /api/v1/hook-keys":                                                             "key",
	"PUT /api/v1/hook-keys/{hookKeyId}":                                                  "key",
	"POST /api/v1/iam/governance/bundles":                                                "bundle",
	"PUT /api/v1/iam/governance/bundles/{bundleId}":                                      "bundle",
	"POST /api/v1/iam/resource-sets":                                                     "resourceSet",
	"POST /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources":                    "resource",
	"PUT /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources/{resourceId}":        "resource",
	"PUT /api/v1/iam/resource-sets/{resourceSetId}":                                      "resourceSet",
	"POST /api/v1/iam/resource-sets/{resourceSetId}/bindings":                            "binding",
	"PATCH /api/v1/iam/resource-sets/{resourceSetId}/bindings/{roleIdOrLabel}/members":   "members",
	"PATCH /api/v1/iam/resource-sets/{resourceSetId}/resources":                          "resources",
	"POST /api/v1/iam/roles":                                                             "role",
	"PUT /api/v1/iam/roles/{roleIdOrLabel}":                                              "role",
	"POST /api/v1/idps":                                                                  "idp",
	"POST /api/v1/idps/credentials/keys":                                                 "key",
	"PUT /api/v1/idps/credentials/keys/{kid}":                                            "key",
	"PUT /api/v1/idps/{idpId}":                                                           "idp",
	"POST /api/v1/idps/{idpId}/credentials/csrs":                                         "metadata",
	"POST /api/v1/idps/{idpId}/credentials/csrs/{idpCsrId}/lifecycle/publish":            "cert",
	"POST /api/v1/idps/{idpId}/users/{userId}":                                           "link",
	"POST /api/v1/inlineHooks":                                                           "hook",
	"POST /api/v1/inlineHooks/{inlineHookId}":                                            "hook",
	"PUT /api/v1/inlineHooks/{inlineHookId}":                                             "hook",
	"POST /api/v1/inlineHooks/{inlineHookId}/execute":                                    "payload",
	"POST /api/v1/logStreams":                                                            "stream",
	"PUT /api/v1/logStreams/{logStreamId}":                                               "stream",
	"POST /api/v1/mappings/{mappingId}":                                                  "req",
	"POST /api/v1/meta/schemas/user/linkedObjects":                                       "definition",
	"POST /api/v1/meta/schemas/user/{schemaId}":                                          "schema",
	"POST /api/v1/meta/types/user":                                                       "userType",
	"POST /api/v1/meta/types/user/{typeId}":                                              "userType",
	"POST /api/v1/meta/uischemas":                                                        "schema",
	"PUT /api/v1/meta/uischemas/{id}":                                                    "schema",
	"PUT /api/v1/org":                                                                    "settings",
	"PUT /api/v1/org/captcha":                                                            "settings",
	"PUT /api/v1/org/contacts/{contactType}":                                             "contact",
	"POST /api/v1/org/factors/yubikey_token/tokens":                                      "seed",
	"POST /api/v1/org/orgSettings/thirdPartyAdminSetting":                                "setting",
	"POST /api/v1/policies":                                                              "policy",
	"POST /api/v1/policies/simulate":                                                     "simulations",
	"PUT /api/v1/policies/{policyId}":                                                    "policy",
	"POST /api/v1/policies/{policyId}/mappings":                                          "mapping",
	"POST /api/v1/policies/{policyId}/rules":                                             "rule",
	"PUT /api/v1/policies/{policyId}/rules/{ruleId}":                                     "rule",
	"POST /api/v1/principal-rate-limits":                                                 "limit",
	"PUT /api/v1/principal-rate-limits/{principalRateLimitId}":                           "limit",
	"POST /api/v1/push-providers":                                                        "provider",
	"PUT /api/v1/push-providers/{pushProviderId}":                                        "provider",
	"PUT /api/v1/rate-limit-settings/admin-notifications":                                "settings",
	"PUT /api/v1/rate-limit-settings/per-client":                                         "settings",
	"POST /api/v1/realm-assignments":                                                     "assignment",
	"POST /api/v1/realm-assignments/operations":                                          "req",
	"PUT /api/v1/realm-assignments/{assignmentId}":                                       "assignment",
	"POST /api/v1/realms":                                                                "realm",
	"POST /api/v1/realms/{realmId}":                                                      "realm",
	"PUT /api/v1/realms/{realmId}":                                                       "realm",
	"POST /api/v1/risk/events/ip":                                                        "events",
	"POST /api/v1/risk/providers":                                                        "provider",
	"PUT /api/v1/risk/providers/{riskProviderId}":                                        "provider",
	"POST /api/v1/security-events-providers":                                             "provider",
	"PUT /api/v1/security-events-providers/{securityEventProviderId}":                    "provider",
	"POST /api/v1/sessions":                                                              "req",
	"PATCH /api/v1/ssf/stream":                                                           "stream",
	"POST /api/v1/ssf/stream":                                                            "stream",
	"PUT /api/v1/ssf/stream":                                                             "stream",
	"POST /api/v1/ssf/stream/verification":                                               "req",
	"POST /api/v1/telephony-providers":                                                   "provider",
	"PATCH /api/v1/telephony-providers/{customTelephonyProviderId}":                      "req",
	"POST /api/v1/telephony-providers/{customTelephonyProviderId}/test":                  "req",
	"POST /api/v1/templates/sms":                                                         "template",
	"POST /api/v1/templates/sms/{templateId}":                                            "template",
	"PUT /api/v1/templates/sms/{templateId}":                                             "template",
	"POST /api/v1/threats/configuration":                                                 "config",
	"POST /api/v1/trustedOrigins":                                                        "origin",
	"PUT /api/v1/trustedOrigins/{trustedOriginId}":                                       "origin",
	"POST /api/v1/users":                                                                 "user",
	"POST /api/v1/users/{userId}":                                                        "user",
	"PUT /api/v1/users/{userId}":                                                         "user",
	"POST /api/v1/users/{userId}/authenticator-enrollments/phone":                        "enrollment",
	"POST /api/v1/users/{userId}/authenticator-enrollments/tac":                          "enrollment",
	"PUT /api/v1/users/{userId}/classification":                                          "classification",
	"POST /api/v1/users/{userId}/credentials/change_password":                            "change",
	"POST /api/v1/users/{userId}/credentials/change_recovery_question":                   "credentials",
	"POST /api/v1/users/{userId}/credentials/forgot_password_recovery_question":          "credentials",
	"POST /api/v1/users/{userId}/factors":                                                "factor",
	"POST /api/v1/users/{userId}/factors/{factorId}/resend":                              "factor",
	"PUT /api/v1/users/{userId}/risk":                                                    "risk",
	"POST /api/v1/users/{userId}/roles":                                                  "role",
	"POST /api/v1/zones":                                                                 "zone",
	"PUT /api/v1/zones/{zoneId}":                                                         "zone",
	"PUT /attack-protection/api/v1/authenticator-settings":                               "settings",
	"PUT /attack-protection/api/v1/user-lockout-settings":                                "settings",
	"POST /integrations/api/v1/api-services":                                             "instance",
	"POST /oauth2/v1/clients/{clientId}/roles":                                           "role",
	"PUT /okta-personal-settings/api/v1/edit-feature":                                    "settings",
	"PUT /okta-personal-settings/api/v1/export-blocklists":                               "list",
	"POST /privileged-access/api/v1/service-accounts":                                    "account",
	"POST /security/api/v1/security-events":                                              "token",
}
