// IncidentLang lexer (docs/language.md, "Lexical rules").
//
// Every character of the input ends up in exactly one token, so the syntax
// layer can rebuild the text exactly. Whitespace, end-of-line and comments go
// to the HIDDEN channel (they become trivia); characters that start no token
// go to the ERRORS channel (they become skipped-token trivia with INC0001).
// Unterminated strings and block comments still lex as strings and comments;
// the syntax layer reports INC0002 for them.
//
// After a ':' the lexer is in VALUE mode (and inside '[' … ']' in LIST mode), where
// it also recognises the forms an analyst writes by mistake, each as ONE token so
// that one mistake gives one diagnostic (docs/language.md, "Lexical rules"):
// words joined by '+', ':' or '/' (amber+strict, TLP:AMBER) read as one name, and
// dates in other forms (21 Feb 2024, Feb 21, 2024, 21/02/2024, 21.02.2024) read as
// one (malformed) date. Typographic quotes read as a string everywhere.
lexer grammar IncidentLexer;

channels { ERRORS }

// ---- keywords (a keyword directly followed by ':' is a property name; the parser decides)
INCIDENT  : 'incident' ;
SOURCE    : 'source' ;
ACTOR     : 'actor' ;
TARGET    : 'target' ;
CLAIM     : 'claim' ;
STATEMENT : 'statement' ;
EVENT     : 'event' ;
PARTY          : 'party' ;
MALWARE        : 'malware' ;
TOOL           : 'tool' ;
VULNERABILITY  : 'vulnerability' ;
INDICATOR      : 'indicator' ;
RECOMMENDATION : 'recommendation' ;
REVISION       : 'revision' ;

// ---- punctuation
LBRACE   : '{' ;
RBRACE   : '}' ;
LBRACKET : '[' ;
RBRACKET : ']' ;
COLON    : ':' -> pushMode(VALUE) ;
COMMA    : ',' ;

// ---- literals
// A string in typographic quotes (pasted from a word processor) runs to the last closing
// typographic quote on its line; it is reported (INC0001) and read as the string it meant.
SMART_STRING  : SMART_OPEN ~[\r\n]* SMART_CLOSE -> type(STRING) ;
// Triple-quoted strings run to the next """ (or to the end of the file: INC0002).
TRIPLE_STRING : '"""' .*? ( '"""' | EOF ) ;
// One-line strings end at the closing quote, or (unterminated: INC0002) at the end of the line.
STRING        : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* ( '"' | '\\' )? ;
// Anything that starts like a date is lexed whole and validated later (INC0006),
// so '2024-1-5' is one malformed date rather than a cascade of tokens.
DATE          : DIGIT+ '-' [0-9A-Za-z_:.+-]* ;
// Integers are 64-bit and may group digits with '_' (190_000_000); decimals are digits '.' digits.
INT           : DIGIT+ ( '_' DIGIT+ )* ;
DECIMAL       : DIGIT+ ( '_' DIGIT+ )* '.' DIGIT+ ;
// A '.' followed by digits may continue an identifier, so the ATT&CK sub-technique T1078.004 is one.
IDENT         : [A-Za-z_] [A-Za-z0-9_]* ( '-' [A-Za-z0-9_]+ | '.' DIGIT+ )* ;

// ---- trivia
WS            : [ \t\f\u000B\u00A0\uFEFF]+ -> channel(HIDDEN) ;
NEWLINE       : ( '\r\n' | '\r' | '\n' ) -> channel(HIDDEN) ;
LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT : '/*' .*? ( '*/' | EOF ) -> channel(HIDDEN) ;

// ---- anything else: INC0001
ERROR_CHAR    : . -> channel(ERRORS) ;

fragment DIGIT : [0-9] ;
fragment SMART_OPEN  : [\u201C\u201E\u201F\u2018\u00AB\u00BB] ;
fragment SMART_CLOSE : [\u201D\u2019\u201C\u00BB\u00AB] ;
fragment JWORD : [A-Za-z0-9_] [A-Za-z0-9_.-]* ;
fragment D12   : DIGIT DIGIT? ;
fragment D4    : DIGIT DIGIT DIGIT DIGIT ;
fragment SP    : [ \t]+ ;
fragment MONTH
    : [Jj][Aa][Nn] ([Uu][Aa][Rr][Yy])? | [Ff][Ee][Bb] ([Rr][Uu][Aa][Rr][Yy])? | [Mm][Aa][Rr] ([Cc][Hh])?
    | [Aa][Pp][Rr] ([Ii][Ll])? | [Mm][Aa][Yy] | [Jj][Uu][Nn] [Ee]? | [Jj][Uu][Ll] [Yy]? | [Aa][Uu][Gg] ([Uu][Ss][Tt])?
    | [Ss][Ee][Pp] ([Tt] ([Ee][Mm][Bb][Ee][Rr])?)? | [Oo][Cc][Tt] ([Oo][Bb][Ee][Rr])? | [Nn][Oo][Vv] ([Ee][Mm][Bb][Ee][Rr])?
    | [Dd][Ee][Cc] ([Ee][Mm][Bb][Ee][Rr])?
    ;
fragment OTHER_DATE_FORM
    : D12 SP MONTH '.'? SP D4                       // 21 Feb 2024, 21 February 2024
    | MONTH '.'? SP D12 ','? SP D4                  // Feb 21, 2024
    | D12 '/' D12 '/' D4 | D4 '/' D12 '/' D12       // 21/02/2024, 2024/02/21
    | D12 '.' D12 '.' D4                            // 21.02.2024
    ;
fragment JOINED_FORM : JWORD ( [+:/] JWORD )+ ;

// ================================================================ VALUE: after ':'
mode VALUE;
V_WS            : [ \t\f\u000B\u00A0\uFEFF]+ -> channel(HIDDEN), type(WS) ;
V_NEWLINE       : ( '\r\n' | '\r' | '\n' ) -> channel(HIDDEN), type(NEWLINE) ;
V_LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN), type(LINE_COMMENT) ;
V_BLOCK_COMMENT : '/*' .*? ( '*/' | EOF ) -> channel(HIDDEN), type(BLOCK_COMMENT) ;
V_LBRACKET      : '[' -> type(LBRACKET), mode(LIST) ;
V_SMART_STRING  : SMART_OPEN ~[\r\n]* SMART_CLOSE -> type(STRING), popMode ;
V_TRIPLE_STRING : '"""' .*? ( '"""' | EOF ) -> type(TRIPLE_STRING), popMode ;
V_STRING        : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* ( '"' | '\\' )? -> type(STRING), popMode ;
V_OTHER_DATE    : OTHER_DATE_FORM -> type(DATE), popMode ;
V_DATE          : DIGIT+ '-' [0-9A-Za-z_:.+-]* -> type(DATE), popMode ;
V_JOINED        : JOINED_FORM -> type(IDENT), popMode ;
V_INT           : DIGIT+ ( '_' DIGIT+ )* -> type(INT), popMode ;
V_DECIMAL       : DIGIT+ ( '_' DIGIT+ )* '.' DIGIT+ -> type(DECIMAL), popMode ;
V_INCIDENT       : 'incident' -> type(INCIDENT), popMode ;
V_SOURCE         : 'source' -> type(SOURCE), popMode ;
V_ACTOR          : 'actor' -> type(ACTOR), popMode ;
V_TARGET         : 'target' -> type(TARGET), popMode ;
V_CLAIM          : 'claim' -> type(CLAIM), popMode ;
V_STATEMENT      : 'statement' -> type(STATEMENT), popMode ;
V_EVENT          : 'event' -> type(EVENT), popMode ;
V_PARTY          : 'party' -> type(PARTY), popMode ;
V_MALWARE        : 'malware' -> type(MALWARE), popMode ;
V_TOOL           : 'tool' -> type(TOOL), popMode ;
V_VULNERABILITY  : 'vulnerability' -> type(VULNERABILITY), popMode ;
V_INDICATOR      : 'indicator' -> type(INDICATOR), popMode ;
V_RECOMMENDATION : 'recommendation' -> type(RECOMMENDATION), popMode ;
V_REVISION       : 'revision' -> type(REVISION), popMode ;
V_IDENT         : [A-Za-z_] [A-Za-z0-9_]* ( '-' [A-Za-z0-9_]+ | '.' DIGIT+ )* -> type(IDENT), popMode ;
V_LBRACE        : '{' -> type(LBRACE), popMode ;
V_RBRACE        : '}' -> type(RBRACE), popMode ;
V_RBRACKET      : ']' -> type(RBRACKET), popMode ;
V_COMMA         : ',' -> type(COMMA), popMode ;
V_COLON         : ':' -> type(COLON) ;
V_ERROR_CHAR    : . -> channel(ERRORS), type(ERROR_CHAR) ;

// ================================================================ LIST: inside '[' … ']' of a value
mode LIST;
L_WS            : [ \t\f\u000B\u00A0\uFEFF]+ -> channel(HIDDEN), type(WS) ;
L_NEWLINE       : ( '\r\n' | '\r' | '\n' ) -> channel(HIDDEN), type(NEWLINE) ;
L_LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN), type(LINE_COMMENT) ;
L_BLOCK_COMMENT : '/*' .*? ( '*/' | EOF ) -> channel(HIDDEN), type(BLOCK_COMMENT) ;
L_LBRACKET      : '[' -> type(LBRACKET), pushMode(LIST) ;
L_RBRACKET      : ']' -> type(RBRACKET), popMode ;
L_COMMA         : ',' -> type(COMMA) ;
L_SMART_STRING  : SMART_OPEN ~[\r\n]* SMART_CLOSE -> type(STRING) ;
L_TRIPLE_STRING : '"""' .*? ( '"""' | EOF ) -> type(TRIPLE_STRING) ;
L_STRING        : '"' ( '\\' ~[\r\n] | ~["\\\r\n] )* ( '"' | '\\' )? -> type(STRING) ;
L_OTHER_DATE    : OTHER_DATE_FORM -> type(DATE) ;
L_DATE          : DIGIT+ '-' [0-9A-Za-z_:.+-]* -> type(DATE) ;
L_JOINED        : JOINED_FORM -> type(IDENT) ;
L_INT           : DIGIT+ ( '_' DIGIT+ )* -> type(INT) ;
L_DECIMAL       : DIGIT+ ( '_' DIGIT+ )* '.' DIGIT+ -> type(DECIMAL) ;
// A keyword or a brace inside a list means the list was never closed: leave the list.
L_INCIDENT       : 'incident' -> type(INCIDENT), popMode ;
L_SOURCE         : 'source' -> type(SOURCE), popMode ;
L_ACTOR          : 'actor' -> type(ACTOR), popMode ;
L_TARGET         : 'target' -> type(TARGET), popMode ;
L_CLAIM          : 'claim' -> type(CLAIM), popMode ;
L_STATEMENT      : 'statement' -> type(STATEMENT), popMode ;
L_EVENT          : 'event' -> type(EVENT), popMode ;
L_PARTY          : 'party' -> type(PARTY), popMode ;
L_MALWARE        : 'malware' -> type(MALWARE), popMode ;
L_TOOL           : 'tool' -> type(TOOL), popMode ;
L_VULNERABILITY  : 'vulnerability' -> type(VULNERABILITY), popMode ;
L_INDICATOR      : 'indicator' -> type(INDICATOR), popMode ;
L_RECOMMENDATION : 'recommendation' -> type(RECOMMENDATION), popMode ;
L_REVISION       : 'revision' -> type(REVISION), popMode ;
L_IDENT         : [A-Za-z_] [A-Za-z0-9_]* ( '-' [A-Za-z0-9_]+ | '.' DIGIT+ )* -> type(IDENT) ;
L_LBRACE        : '{' -> type(LBRACE), popMode ;
L_RBRACE        : '}' -> type(RBRACE), popMode ;
L_COLON         : ':' -> type(COLON) ;
L_ERROR_CHAR    : . -> channel(ERRORS), type(ERROR_CHAR) ;
