package okta

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// This file enforces the mechanical API rules of CONTRIBUTING.md ("API rules") on the package's exported API,
// read from its source: Go initialisms in exported names (rule 1), one verb per HTTP method and path shape
// (rule 2), sealed unions with one Base accessor (rule 3), request body names (rule 4) and options names and
// list results (rule 5).

// apiSource is the parsed non-test source of a package directory.
type apiSource struct {
	fset  *token.FileSet
	files []*ast.File
}

func parseAPI(t *testing.T, dir string) *apiSource {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	src := &apiSource{fset: token.NewFileSet()}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(src.fset, path.Join(dir, name), nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		src.files = append(src.files, f)
	}
	return src
}

// exportedNames returns every exported name of the package: types, constants, variables, functions, and the
// methods and fields of exported types, as "Name" or "Type.Member".
func (s *apiSource) exportedNames() []string {
	var out []string
	for _, f := range s.files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if !d.Name.IsExported() {
					continue
				}
				if recv := recvName(d); recv != "" {
					if ast.IsExported(recv) {
						out = append(out, recv+"."+d.Name.Name)
					}
					continue
				}
				out = append(out, d.Name.Name)
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					switch spec := spec.(type) {
					case *ast.TypeSpec:
						if !spec.Name.IsExported() {
							continue
						}
						out = append(out, spec.Name.Name)
						var fields *ast.FieldList
						switch t := spec.Type.(type) {
						case *ast.StructType:
							fields = t.Fields
						case *ast.InterfaceType:
							fields = t.Methods
						}
						if fields == nil {
							continue
						}
						for _, field := range fields.List {
							for _, n := range field.Names {
								if n.IsExported() {
									out = append(out, spec.Name.Name+"."+n.Name)
								}
							}
						}
					case *ast.ValueSpec:
						for _, n := range spec.Names {
							if n.IsExported() {
								out = append(out, n.Name)
							}
						}
					}
				}
			}
		}
	}
	return out
}

// typeNames returns the package's exported type names.
func (s *apiSource) typeNames() []string {
	var out []string
	for _, f := range s.files {
		for _, d := range f.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
				for _, spec := range gd.Specs {
					if ts := spec.(*ast.TypeSpec); ts.Name.IsExported() {
						out = append(out, ts.Name.Name)
					}
				}
			}
		}
	}
	return out
}

func recvName(d *ast.FuncDecl) string {
	if d.Recv == nil || len(d.Recv.List) == 0 {
		return ""
	}
	t := d.Recv.List[0].Type
	if s, ok := t.(*ast.StarExpr); ok {
		t = s.X
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// forbiddenInitialisms are spellings of initialisms that Go writes otherwise (rule 1). A spelling matches at the
// start of a word: followed by an upper-case letter, a digit, the end of the name, or a plural "s" then one of
// those.
var forbiddenInitialisms = []string{
	"Aaguid", "Acs", "Api", "Aws", "Captcha", "Csr", "Der", "Dns", "Dpop", "Gcp", "Hotp", "Html", "Http",
	"Https", "Iam", "Id", "Idp", "Ip", "Json", "Jwk", "Jwks", "Jwt", "Ldap", "Oauth", "Oidc", "Otp", "Pem",
	"Rsa", "Saml", "Scim", "Sms", "Ssf", "Sso", "Tls", "Totp", "Ui", "Uri", "Url", "Uuid", "Ws", "Xml",
	"IDP", "DPOP", "OAUTH",
}

// initialismAllowed lists the exported names that keep a spelling above, and why.
var initialismAllowed = map[string]string{
	// hCaptcha is a product's name, written as Go writes a word that starts with a lower-case letter.
	"CAPTCHATypeHCaptcha": "the hCaptcha product",
}

// badInitialism returns the forbidden spelling in name, or "".
func badInitialism(name string) string {
	for _, w := range forbiddenInitialisms {
		for i := 0; ; {
			j := strings.Index(name[i:], w)
			if j < 0 {
				break
			}
			j += i
			i = j + 1
			// A word starts there: the name's start, or after a lower-case letter or digit, or after an
			// upper-case letter when the spelling is Capitalised (APIId: API, Id).
			if j > 0 && unicode.IsUpper(rune(name[j-1])) && !unicode.IsLower(rune(w[len(w)-1])) {
				continue
			}
			end := j + len(w)
			if end < len(name) && name[end] == 's' && unicode.IsLower(rune(w[len(w)-1])) {
				end++
			}
			if end < len(name) && unicode.IsLower(rune(name[end])) {
				continue // a longer word: Identity, Uint, Apply
			}
			if w == "Id" && end < len(name) && name[end] == 'P' {
				continue // IdP is Okta's spelling
			}
			return w
		}
	}
	return ""
}

func TestAPIRulesInitialisms(t *testing.T) {
	t.Parallel()
	for _, dir := range []string{".", "oktatest"} {
		for _, full := range parseAPI(t, dir).exportedNames() {
			name := full[strings.LastIndex(full, ".")+1:]
			if _, ok := initialismAllowed[name]; ok {
				continue
			}
			if w := badInitialism(name); w != "" {
				t.Errorf("%s/%s: %q is not written the Go way (rule 1)", dir, full, w)
			}
		}
	}
}

func TestBadInitialism(t *testing.T) {
	t.Parallel()
	for name, want := range map[string]string{
		"ApiToken": "Api", "APIToken": "", "OpenIdConnect": "Id", "OpenIDConnect": "", "IdPDiscovery": "",
		"IdpDiscovery": "Idp", "Identity": "", "UserIds": "Id", "UserIDs": "", "WsFederation": "Ws",
		"WSFederation": "", "RedirectUris": "Uri", "Build": "", "Ipv": "", "LogIpAddress": "Ip", "Order": "",
		"SsoAcsURL": "Acs", "ClientID": "", "Apply": "", "Id": "Id",
	} {
		if got := badInitialism(name); got != want {
			t.Errorf("badInitialism(%q) = %q, want %q", name, got, want)
		}
	}
}

// serviceMethod is one exported method of a *...Service type.
type serviceMethod struct {
	service, name  string // "Users", "List"
	httpMethod     string // from the okta:operation line; "" for an Iter twin
	path           string
	params         []ast.Expr
	results        []ast.Expr
	optionsType    string // the type of a trailing *...Options parameter
	firstResultStr string
}

func (m serviceMethod) String() string { return m.service + "." + m.name }

func (s *apiSource) serviceMethods() []serviceMethod {
	var out []serviceMethod
	for _, f := range s.files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || !fd.Name.IsExported() {
				continue
			}
			recv := recvName(fd)
			svc, ok := strings.CutSuffix(recv, "Service")
			if !ok || svc == "" {
				continue
			}
			m := serviceMethod{service: svc, name: fd.Name.Name}
			if fd.Doc != nil {
				for _, c := range fd.Doc.List {
					if rest, ok := strings.CutPrefix(c.Text, "//okta:operation "); ok {
						if fields := strings.Fields(rest); len(fields) == 3 {
							m.httpMethod, m.path = fields[1], fields[2]
						}
					}
				}
			}
			for _, p := range fd.Type.Params.List {
				for range max(len(p.Names), 1) {
					m.params = append(m.params, p.Type)
				}
			}
			if fd.Type.Results != nil {
				for _, r := range fd.Type.Results.List {
					m.results = append(m.results, r.Type)
				}
			}
			if len(m.params) > 0 {
				if star, ok := m.params[len(m.params)-1].(*ast.StarExpr); ok {
					if id, ok := star.X.(*ast.Ident); ok && strings.HasSuffix(id.Name, "Options") {
						m.optionsType = id.Name
					}
				}
			}
			if len(m.results) > 0 {
				m.firstResultStr = exprString(m.results[0])
			}
			out = append(out, m)
		}
	}
	return out
}

func exprString(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.StarExpr:
		return "*" + exprString(e.X)
	case *ast.ArrayType:
		return "[]" + exprString(e.Elt)
	case *ast.SelectorExpr:
		return exprString(e.X) + "." + e.Sel.Name
	case *ast.IndexExpr:
		return exprString(e.X) + "[" + exprString(e.Index) + "]"
	}
	return "?"
}

var verbRE = regexp.MustCompile(`^[A-Z][a-z]*`)

// verbsByHTTPMethod are the verbs each HTTP method may take (rule 2). A POST that is neither a create, a partial
// update nor a membership or grant is an action: it is named by its lifecycle path or listed in actions.
var verbsByHTTPMethod = map[string][]string{
	"GET":    {"List", "Get"},
	"POST":   {"Create", "Update", "Add", "Assign"},
	"PUT":    {"Replace", "Add", "Assign"},
	"PATCH":  {"Update", "Add"},
	"DELETE": {"Delete", "Remove", "Unassign"},
}

// actions are the operations that really are actions, not one of the verbs of their HTTP method: the method is
// named by the action Okta performs. Lifecycle paths (/lifecycle/activate → Activate...) need no entry.
var actions = map[string]string{
	// DELETE that revokes credentials, grants or sessions rather than deleting a resource one created.
	"APITokens.Revoke":                         "revoke a token",
	"APITokens.RevokeCurrent":                  "revoke the caller's token",
	"Apps.RevokeCSR":                           "revoke a certificate signing request",
	"Apps.RevokeGrant":                         "revoke a consent grant",
	"Apps.RevokeToken":                         "revoke a token",
	"Apps.RevokeTokens":                        "revoke all tokens",
	"AuthorizationServers.RevokeRefreshToken":  "revoke a token",
	"AuthorizationServers.RevokeRefreshTokens": "revoke all tokens",
	"IdentityProviders.RevokeCSR":              "revoke a certificate signing request",
	"Sessions.Revoke":                          "end a session",
	"Users.RevokeGrant":                        "revoke a consent grant",
	"Users.RevokeGrants":                       "revoke all grants",
	"Users.RevokeGrantsForClient":              "revoke a client's grants",
	"Users.RevokeRefreshTokenForClient":        "revoke a token",
	"Users.RevokeRefreshTokensForClient":       "revoke a client's tokens",
	"Users.RevokeSessions":                     "end all sessions",
	"UserFactors.Unenroll":                     "the opposite of Enroll",
	"IdentityProviders.UnlinkUser":             "the opposite of LinkUser",
	// POST to an item that is not a partial update of it.
	"IdentityProviders.LinkUser":                   "links an Okta user to a user of the provider",
	"Features.ChangeLifecycle":                     "enables or disables a feature: the path's last segment is the action",
	"WebAuthnPreregistration.MarkFulfillmentError": "sets a factor's FULFILLMENT_ERRORED status (the path's mark-error)",
	// GET that renders rather than reads a resource.
	"Apps.PreviewSAMLMetadata": "renders the metadata document",
}

// postActionVerbs are the action verbs a POST to an action path may take (the path's last segment names it).
var postActionVerbs = []string{
	"Activate", "Change", "Clone", "Deactivate", "Enroll", "Execute", "Expire", "Extend", "Forgot", "Generate",
	"Grant", "Hide", "Link", "Opt", "Pause", "Publish", "Reactivate", "Refresh", "Remove", "Resend", "Reset",
	"Resume", "Retry", "Revoke", "Rotate", "Send", "Set", "Show", "Simulate", "Start", "Stop", "Subscribe", "Suspend",
	"Test", "Unlock", "Unsubscribe", "Unsuspend", "Upload", "Verify", "Change",
}

// pathIsItem reports whether a path ends with a parameter: it names one item.
func pathIsItem(p string) bool { return strings.HasSuffix(p, "}") }

func TestAPIRulesVerbs(t *testing.T) {
	t.Parallel()
	methods := parseAPI(t, ".").serviceMethods()
	byName := map[string]serviceMethod{}
	for _, m := range methods {
		byName[m.String()] = m
	}
	for _, m := range methods {
		verb := verbRE.FindString(m.name)
		if m.httpMethod == "" {
			// An Iter twin of a List method, taking its options.
			base, ok := strings.CutSuffix(m.name, "Iter")
			if !ok || verb != "List" {
				continue // not an operation (helpers such as Users.ListAll are checked elsewhere)
			}
			list, ok := byName[m.service+"."+base]
			if !ok || list.httpMethod != "GET" {
				t.Errorf("%s: an Iter method needs a GET list method %s", m, base)
			} else if m.optionsType != list.optionsType {
				t.Errorf("%s takes %s, its list method %s takes %s (rule 5)", m, m.optionsType, base, list.optionsType)
			}
			continue
		}
		if _, ok := actions[m.String()]; ok {
			continue
		}
		allowed := verbsByHTTPMethod[m.httpMethod]
		if m.httpMethod == "POST" {
			if i := strings.Index(m.path, "/lifecycle/"); i >= 0 {
				action := m.path[i+len("/lifecycle/"):]
				action, _, _ = strings.Cut(action, "/")
				action, _, _ = strings.Cut(action, "_")
				if !strings.HasPrefix(m.name, strings.ToUpper(action[:1])+action[1:]) && !slices.Contains(postActionVerbs, verb) {
					t.Errorf("%s: POST %s is the %s action; name it after it (rule 2)", m, m.path, action)
				}
				continue
			}
			if slices.Contains(postActionVerbs, verb) && !pathIsItem(m.path) {
				continue
			}
		}
		if !slices.Contains(allowed, verb) {
			t.Errorf("%s: %s %s takes one of the verbs %v, not %s, or an entry in actions (rule 2)", m, m.httpMethod, m.path, allowed, verb)
			continue
		}
		switch verb {
		case "Get":
			if strings.HasPrefix(m.firstResultStr, "[]") || strings.HasSuffix(m.firstResultStr, "ListResponse") {
				if _, ok := getReturnsArray[m.String()]; !ok {
					t.Errorf("%s: a Get returns the one resource, not %s (rule 5)", m, m.firstResultStr)
				}
			}
		case "List":
			if !strings.HasPrefix(m.firstResultStr, "[]") {
				if _, ok := listEnvelopes[m.firstResultStr]; !ok {
					t.Errorf("%s: a List returns the items ([]T), not %s, unless Okta's envelope carries more (rule 5)", m, m.firstResultStr)
				}
			}
		case "Update":
			if m.httpMethod != "POST" && m.httpMethod != "PATCH" {
				t.Errorf("%s: Update is a partial POST or a PATCH, not %s (rule 2)", m, m.httpMethod)
			}
		}
	}
}

// getReturnsArray lists the Gets of one resource that Okta answers with an array: the method returns it as is.
var getReturnsArray = map[string]string{
	"Authenticators.GetWellKnownAppAuthenticatorConfiguration": "Okta answers with an array of the app's configurations",
	"AttackProtection.GetUserLockoutSettings":                  "Okta answers with an array holding the one settings object",
	"Brands.GetAssetLinks":                                     "the assetlinks.json document is an array of statements",
}

// listEnvelopes are the envelopes a List returns because they carry more than the items and links.
var listEnvelopes = map[string]string{}

func TestAPIRulesOptions(t *testing.T) {
	t.Parallel()
	for _, m := range parseAPI(t, ".").serviceMethods() {
		if m.optionsType == "" {
			continue
		}
		want := m.service + strings.TrimSuffix(m.name, "Iter") + "Options"
		if m.optionsType != want {
			t.Errorf("%s takes *%s; name it %s (rule 5)", m, m.optionsType, want)
		}
	}
}

// requestVerbs are the verbs a request body type's name may start with (rule 4: <Verb><Resource>Request).
var requestVerbs = []string{
	"Activate", "Add", "Assign", "Bulk", "Change", "Create", "Enroll", "Execute", "Generate", "Link", "Replace", "Send", "Simulate",
	"Start", "Update", "Upload", "Verify",
}

// notRequestBodies are types named …Request that are not request bodies.
var notRequestBodies = map[string]string{
	"LogRequest":          "the request a System Log event describes",
	"WebAuthnCredRequest": "a credential request for the fulfillment provider, in WebAuthnPreregistration.Enroll's result",
}

func TestAPIRulesRequestTypes(t *testing.T) {
	t.Parallel()
	for _, name := range parseAPI(t, ".").typeNames() {
		for _, suffix := range []string{"RequestBody", "PutSchema", "Post", "Put"} {
			if strings.HasSuffix(name, suffix) {
				t.Errorf("%s: a request body is named <Verb><Resource>Request (rule 4)", name)
			}
		}
		if strings.HasSuffix(name, "Request") && notRequestBodies[name] == "" && !slices.Contains(requestVerbs, verbRE.FindString(strings.TrimPrefix(name, "Unknown"))) {
			t.Errorf("%s: a request body is named <Verb><Resource>Request (rule 4)", name)
		}
	}
}

// TestAPIRulesUnions checks rule 3's names: every union (an interface with a Base method) is sealed by an
// unexported method, and no other accessor name for the common part is left.
func TestAPIRulesUnions(t *testing.T) {
	t.Parallel()
	src := parseAPI(t, ".")
	unions := 0
	for _, f := range src.files {
		ast.Inspect(f, func(n ast.Node) bool {
			spec, ok := n.(*ast.TypeSpec)
			if !ok || !spec.Name.IsExported() {
				return true
			}
			iface, ok := spec.Type.(*ast.InterfaceType)
			if !ok {
				return true
			}
			var base, sealed bool
			for _, m := range iface.Methods.List {
				for _, n := range m.Names {
					switch {
					case n.Name == "Base":
						base = true
					case !n.IsExported():
						sealed = true
					case n.Name == "PutBase" || n.Name == "Common":
						t.Errorf("%s.%s: the common part of a union is reached with Base() (rule 3)", spec.Name.Name, n.Name)
					}
				}
			}
			if base {
				unions++
				if !sealed {
					t.Errorf("%s: a union is sealed with an unexported method (rule 3)", spec.Name.Name)
				}
			}
			return true
		})
	}
	if unions < 10 {
		t.Errorf("found %d unions, want at least 10: is the check still reading the source?", unions)
	}
}

// TestAPIRulesReplaceTakesGet checks rule 4: what a service's Get<X> returns can be passed to its Replace<X>,
// or converts to the Replace<…>Request it takes with a ReplaceRequest method.
func TestAPIRulesReplaceTakesGet(t *testing.T) {
	t.Parallel()
	src := parseAPI(t, ".")
	methods := src.serviceMethods()
	byName := map[string]serviceMethod{}
	for _, m := range methods {
		byName[m.String()] = m
	}
	converts := map[string]string{} // type -> ReplaceRequest's result
	for _, f := range src.files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == "ReplaceRequest" && fd.Type.Results != nil {
				converts[recvName(fd)] = strings.TrimPrefix(exprString(fd.Type.Results.List[0].Type), "*")
			}
		}
	}
	// Union interfaces declare ReplaceRequest as a method.
	for _, f := range src.files {
		ast.Inspect(f, func(n ast.Node) bool {
			if ts, ok := n.(*ast.TypeSpec); ok {
				if it, ok := ts.Type.(*ast.InterfaceType); ok {
					for _, m := range it.Methods.List {
						if len(m.Names) == 1 && m.Names[0].Name == "ReplaceRequest" {
							if ft := m.Type.(*ast.FuncType); ft.Results != nil {
								converts[ts.Name.Name] = strings.TrimPrefix(exprString(ft.Results.List[0].Type), "*")
							}
						}
					}
				}
			}
			return true
		})
	}
	checked := 0
	for _, m := range methods {
		noun, ok := strings.CutPrefix(m.name, "Replace")
		if !ok || m.httpMethod != "PUT" {
			continue
		}
		get, ok := byName[m.service+".Get"+noun]
		if !ok || len(get.results) == 0 {
			continue
		}
		got := strings.TrimPrefix(get.firstResultStr, "*")
		var body string
		for _, p := range m.params[1:] {
			s := strings.TrimPrefix(exprString(p), "*")
			if s != "string" && !strings.HasSuffix(s, "Options") && !strings.HasSuffix(s, "Type") {
				body = s
			}
		}
		if body == "" {
			continue
		}
		checked++
		if got == "[]"+body {
			continue // Okta answers the Get with an array of the one resource (getReturnsArray)
		}
		if body != got && converts[got] != body {
			t.Errorf("%s takes %s, but %s returns %s: take it, or give %s a ReplaceRequest method returning *%s (rule 4)", m, body, get, got, got, body)
		}
	}
	if checked < 20 {
		t.Errorf("checked %d Replace methods, want at least 20", checked)
	}
}
